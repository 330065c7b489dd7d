import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { NotificationPreferenceDto, StoreNotification } from "../../modules/support/contract"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import type { NotificationChannel } from "../../modules/support/statuses"
import { resolveEmailLocale } from "../email"
import type { PortalActor } from "../portal-actor"
import { CLIENT_EVENT_DECLARATIONS } from "./declarations"

export const NOTIFICATION_FIELDS = ["id", "event", "title", "body", "link", "read_at", "created_at", "data"]

type NotificationRow = { id: string; event: string; title: string; body: string | null; link: string | null; read_at: Date | string | null; created_at: Date | string; data: Record<string, unknown> | null }

export const presentNotification = (row: NotificationRow): StoreNotification => ({
  id: row.id,
  event: row.event,
  title: row.title,
  body: row.body,
  link: row.link,
  site_id: typeof row.data?.site_id === "string" ? row.data.site_id : null,
  read_at: row.read_at ? new Date(row.read_at).toISOString() : null,
  created_at: new Date(row.created_at).toISOString(),
})

export const supportOf = (scope: MedusaContainer) => scope.resolve<SupportModuleService>(SUPPORT_MODULE)

/**
 * The member a session speaks for. A secure link stands for no member: it has no notification centre and no
 * preferences (an empty centre, the defaults), and cannot change them.
 */
export function notifiedMember(actor: PortalActor): string | null {
  return actor.kind === "link" ? null : actor.member_id
}

/**
 * A member's own notification, to mark it read. Another account's id answers 404 first; then a read-only
 * session (staff viewing as the member, a read-only link) is refused; then any notification that is not the
 * member's own (a colleague's, or any for a secure link, which stands for no member) answers 404.
 */
export async function findOwnNotificationToChange(scope: MedusaContainer, actor: PortalActor, id: string): Promise<NotificationRow & { member_id: string }> {
  const [row] = (await supportOf(scope).listClientNotifications({ id, account_id: actor.account_id }, { select: [...NOTIFICATION_FIELDS, "member_id"], take: 1 })) as (NotificationRow & { member_id: string })[]
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification ${id} was not found`)
  if (actor.read_only) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session is read-only")
  if (row.member_id !== notifiedMember(actor)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Notification ${id} was not found`)
  return row
}

/** Mutations of the centre and the preferences: the member's own session only. */
export function assertOwnSession(actor: PortalActor): string {
  if (actor.read_only) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session is read-only")
  const member = notifiedMember(actor)
  if (!member) throw new MedusaError(MedusaError.Types.FORBIDDEN, "A secure link has no notification centre")
  return member
}

/** Every client event with the member's channel (their choice, else the event's default), labelled in `locale`. */
export async function preferencesOf(scope: MedusaContainer, actor: PortalActor, locale: string | undefined): Promise<NotificationPreferenceDto[]> {
  const member = notifiedMember(actor)
  const chosen = member ? await supportOf(scope).listNotificationPreferences({ member_id: member, account_id: actor.account_id }, { select: ["event", "channel"] }) : []
  const channelOf = new Map(chosen.map((p) => [p.event, p.channel as NotificationChannel]))
  const language = resolveEmailLocale(locale)
  return CLIENT_EVENT_DECLARATIONS.map((declaration) => ({
    event: declaration.key,
    domain: declaration.domain,
    channel: channelOf.get(declaration.key) ?? declaration.default_channel,
    default_channel: declaration.default_channel,
    label: declaration.texts[language].label,
  }))
}
