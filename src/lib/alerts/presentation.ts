import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { createTranslator, DEFAULT_EMAIL_LOCALE, type EmailLocale } from "../email/i18n"
import { findAlertDeclaration } from "./declarations"
import { liveAlertHub, type LiveAlert, type LiveAlertHub } from "./live-alert-hub"
import type { PortalEventData } from "./types"

/** The columns of a stored alert that staff see. */
export type StoredAlert = {
  id: string
  event: string
  title: string
  resource_type: string
  resource_id: string
  admin_path: string
  account_id: string | null
  actor_name: string | null
  created_at: Date | string
  /** The event's data, from which the alert's line is written again in each reader's language. */
  data?: Record<string, unknown> | null
}

export const ALERT_FIELDS = [
  "id",
  "event",
  "title",
  "resource_type",
  "resource_id",
  "admin_path",
  "account_id",
  "actor_name",
  "created_at",
  "data",
]

/** Alerts as staff read them, each with its client account's name and number (one query for the page). */
export async function describeAlerts(scope: MedusaContainer, alerts: StoredAlert[]): Promise<LiveAlert[]> {
  const ids = [...new Set(alerts.map((a) => a.account_id).filter((id): id is string => !!id))]
  const accounts = ids.length
    ? await scope
        .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
        .listClientAccounts({ id: ids }, { select: ["id", "name", "number"], withDeleted: true })
    : []
  const byId = new Map(accounts.map((a) => [a.id, { id: a.id, name: a.name, number: a.number }]))
  return alerts.map((alert) => ({
    id: alert.id,
    event: alert.event,
    title: alert.title,
    resource_type: alert.resource_type,
    resource_id: alert.resource_id,
    admin_path: alert.admin_path,
    account: (alert.account_id && byId.get(alert.account_id)) || null,
    actor_name: alert.actor_name,
    created_at: new Date(alert.created_at).toISOString(),
    data: alert.data ?? null,
  }))
}

/**
 * The alert's line in a staff member's language, from its event's declaration and data. The stored line
 * (English, written when the alert was raised) stands when the event is no longer declared or has no data.
 */
export function alertTitleIn(alert: Pick<StoredAlert, "event" | "title" | "data">, locale: EmailLocale): string {
  const declaration = findAlertDeclaration(alert.event)
  if (!declaration || !alert.data || locale === DEFAULT_EMAIL_LOCALE) return alert.title
  return declaration.title(alert.data as PortalEventData, createTranslator(locale))
}

/** An alert as a staff page shows it: its line in the reader's language, without the event's data. */
export function alertForReader(alert: LiveAlert, locale: EmailLocale): LiveAlert {
  const { data, ...shown } = alert
  return { ...shown, title: alertTitleIn({ ...alert, data }, locale) }
}

/** The hub of this process, relayed through Redis when the host uses Redis (server and worker apart). */
export function liveAlertHubOf(scope: MedusaContainer): LiveAlertHub {
  const config = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const logger = scope.resolve(ContainerRegistrationKeys.LOGGER)
  return liveAlertHub(config.projectConfig.redisUrl, (message) => logger.warn(message))
}

/**
 * The absolute address of an admin page, for e-mails: the admin's backend URL and path from medusa-config.
 * Null when the backend URL is relative (the admin served by the same host): a mail needs an absolute link.
 */
export function adminPageUrl(scope: MedusaContainer, adminPath: string): string | null {
  const { admin } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const backend = (admin?.backendUrl ?? "").replace(/\/+$/, "")
  if (!/^https?:\/\//.test(backend)) return null
  const base = `/${(admin?.path ?? "/app").replace(/^\/+|\/+$/g, "")}`
  return `${backend}${base}${adminPath.startsWith("/") ? adminPath : `/${adminPath}`}`
}
