import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { SUPPORT_MODULE } from "../../modules/support"
import type SupportModuleService from "../../modules/support/service"
import type { NotificationChannel } from "../../modules/support/statuses"
import { loadBranding } from "../branding"
import { resolveEmailLocale } from "../email"
import { interpolate, type MessageParams } from "../email/i18n"
import { sitesCover } from "../portal-actor"
import { findClientEvent } from "./declarations"
import type { ClientEventDeclaration, ClientEventLocale } from "./types"

/** One member an event reaches, as a domain's mail needs them. */
export type ClientRecipient = {
  member_id: string
  customer_id: string
  email: string | null
  first_name: string | null
  /** The member's language: their customer's `metadata.locale`, else the account's. */
  locale: ClientEventLocale
  /** The account's own locale tag, for domains whose mails follow the account (quotes). */
  account_locale: string
}

/** A domain's own e-mail for one recipient, as Medusa's Notification module takes it. */
export type ClientMail = {
  template: string
  data: Record<string, unknown>
  attachments?: { filename: string; content: string; content_type: string; disposition: string }[]
  idempotency_key: string
}

export type NotifyClientsInput = {
  /** A key of the client events registry (src/lib/notifications/declarations). */
  event: string
  account_id: string
  /**
   * The site the object belongs to: members limited to other sites are not told, nor of an account-wide
   * object (`null`), as they do not see it. Leave it out when `member_ids` already says who may know (a
   * message's recipients).
   */
  site_id?: string | null
  /** Only these members (the payers, the approvers, a thread's recipients); default every member. */
  member_ids?: string[] | null
  /** Values of the `{slots}` in the event's texts; a function when a value depends on the language. */
  params?: MessageParams | ((locale: ClientEventLocale) => MessageParams)
  /** The object's portal page, without the language (`/quotes/quo_1`). */
  link?: string | null
  /** Names the occurrence: notifying it again writes and mails nothing twice. */
  key: string
  /** Kept on the notification (ids the domain's `onMailed` needs, for example). */
  data?: Record<string, unknown>
  /** The domain's own mail; without it the registry's title and text are mailed in the generic template. */
  mail?: (recipient: ClientRecipient) => ClientMail | Promise<ClientMail>
}

export type NotifyClientsResult = {
  /** Members whose centre shows the event. */
  notified: string[]
  /** Addresses mailed at once. */
  mailed: string[]
  /** Addresses the mail server refused or could not be reached for (logged). */
  failed: string[]
  /** Members who will get it in their next digest. */
  digest: string[]
}

type NotificationRow = { id: string; member_id: string; emailed_at: Date | string | null; data: Record<string, unknown> | null }

/** The registry's texts of an event in a language, with the slots filled. */
export function clientEventTexts(declaration: ClientEventDeclaration, locale: ClientEventLocale, given: NotifyClientsInput["params"] = {}) {
  const texts = declaration.texts[locale]
  const params = typeof given === "function" ? given(locale) : given
  return { label: texts.label, title: interpolate(texts.title, params), text: interpolate(texts.text, params) }
}

/** The last line of an error: providers often prefix the useful part with a stack of context. */
export const lastLineOf = (error: unknown) => ((error as Error)?.message ?? "unknown error").split("\n").filter(Boolean).pop() ?? "unknown error"

/** A portal page's absolute address in a language. */
export const portalPageUrl = (portalUrl: string, locale: string, link: string | null | undefined) =>
  `${portalUrl.replace(/\/+$/, "")}/${locale}${link ? (link.startsWith("/") ? link : `/${link}`) : "/notifications"}`

/**
 * Tells the account's members of an event meant for clients, each as they chose: a row in their
 * notification centre always, then per their preference for this event (else its default channel) an
 * e-mail at once (`email`), a line in the next digest (`digest`) or nothing more (`portal`). Members limited
 * to sites are told only of what concerns their sites. A mail server that is down is logged and answered in
 * `failed`, never thrown: the action that caused the event stands. Idempotent per `key`: the same
 * occurrence writes one row per member, and a mail that went once is not sent again.
 */
export async function notifyClients(scope: MedusaContainer, input: NotifyClientsInput): Promise<NotifyClientsResult> {
  const declaration = findClientEvent(input.event)
  if (!declaration) throw new Error(`"${input.event}" is not a declared client event (src/lib/notifications/declarations)`)
  const accounts = scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const support = scope.resolve<SupportModuleService>(SUPPORT_MODULE)
  const result: NotifyClientsResult = { notified: [], mailed: [], failed: [], digest: [] }
  if (input.member_ids && !input.member_ids.length) return result
  const members = (
    await accounts.listAccountMembers(
      { account_id: input.account_id, ...(input.member_ids ? { id: input.member_ids } : {}) },
      { select: ["id", "customer_id", "site_ids"] }
    )
  ).filter((member) => input.site_id === undefined || sitesCover(member.site_ids as string[], input.site_id))
  if (!members.length) return result
  const account = await accounts.retrieveClientAccount(input.account_id, { select: ["id", "locale"] })
  const customers = await scope.resolve(Modules.CUSTOMER).listCustomers({ id: members.map((m) => m.customer_id) }, { select: ["id", "email", "first_name", "metadata"] })
  const customerOf = new Map(customers.map((c) => [c.id, c]))
  const chosen = await support.listNotificationPreferences({ member_id: members.map((m) => m.id), event: declaration.key }, { select: ["member_id", "channel"] })
  const channelOf = new Map<string, NotificationChannel>(chosen.map((p) => [p.member_id, p.channel as NotificationChannel]))

  const recipients = members.map((member): ClientRecipient & { channel: NotificationChannel } => {
    const customer = customerOf.get(member.customer_id)
    return {
      member_id: member.id,
      customer_id: member.customer_id,
      email: customer?.email ?? null,
      first_name: customer?.first_name ?? null,
      locale: resolveEmailLocale(customer?.metadata?.locale ?? account.locale),
      account_locale: account.locale,
      channel: channelOf.get(member.id) ?? declaration.default_channel,
    }
  })
  const rows = await writeRows(support, declaration, input, recipients)
  result.notified = recipients.map((r) => r.member_id)
  result.digest = recipients.filter((r) => r.channel === "digest").map((r) => r.member_id)

  const mailNow = recipients.filter((r) => r.channel === "email" && r.email && !rows.get(r.member_id)?.emailed_at)
  if (!mailNow.length) return result
  const branding = await loadBranding(scope)
  for (const recipient of mailNow) {
    const row = rows.get(recipient.member_id)!
    try {
      const mail = input.mail
        ? await input.mail(recipient)
        : genericMail(declaration, input, recipient, { portal_url: branding.portal_url, business_name: branding.name, logo_url: branding.logo_url })
      await scope.resolve(Modules.NOTIFICATION).createNotifications([
        { to: recipient.email!, channel: "email", template: mail.template, data: mail.data, attachments: mail.attachments, idempotency_key: mail.idempotency_key },
      ])
    } catch (error) {
      scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Client notification ${declaration.key} (${input.key}) not mailed to ${recipient.email}: ${lastLineOf(error)}`)
      result.failed.push(recipient.email!)
      continue
    }
    result.mailed.push(recipient.email!)
    await support.updateClientNotifications({ id: row.id, emailed_at: new Date() })
    await afterMail(scope, declaration, { member_id: recipient.member_id, data: row.data ?? {}, via: "email" })
  }
  return result
}

/** Runs the domain's `onMailed`; what it records is secondary to the mail, so a failure is only logged. */
export async function afterMail(scope: MedusaContainer, declaration: ClientEventDeclaration, delivery: Parameters<NonNullable<ClientEventDeclaration["onMailed"]>>[1]) {
  if (!declaration.onMailed) return
  try {
    await declaration.onMailed(scope, delivery)
  } catch (error) {
    scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Delivery of ${declaration.key} to ${delivery.member_id} not recorded: ${lastLineOf(error)}`)
  }
}

function genericMail(
  declaration: ClientEventDeclaration,
  input: NotifyClientsInput,
  recipient: ClientRecipient,
  branding: { portal_url: string; business_name: string; logo_url: string | null }
): ClientMail {
  const { title, text } = clientEventTexts(declaration, recipient.locale, input.params)
  return {
    template: "portal-client-notification",
    idempotency_key: `portal-client-notification:${declaration.key}:${input.key}:${recipient.member_id}`,
    data: {
      locale: recipient.locale,
      first_name: recipient.first_name ?? "",
      title,
      text,
      portal_url: portalPageUrl(branding.portal_url, recipient.locale, input.link),
      business_name: branding.business_name,
      logo_url: branding.logo_url,
    },
  }
}

/**
 * One row per recipient and occurrence, in the recipient's language. Rows already written for this `key`
 * (an event delivered twice) are kept as they are; two deliveries racing meet the unique index on
 * (member, key), and the loser reads the winner's rows.
 */
async function writeRows(
  support: SupportModuleService,
  declaration: ClientEventDeclaration,
  input: NotifyClientsInput,
  recipients: (ClientRecipient & { channel: NotificationChannel })[]
): Promise<Map<string, NotificationRow>> {
  const read = async () =>
    new Map(
      (
        (await support.listClientNotifications(
          { member_id: recipients.map((r) => r.member_id), dedupe_key: input.key },
          { select: ["id", "member_id", "emailed_at", "data"] }
        )) as NotificationRow[]
      ).map((row) => [row.member_id, row])
    )
  const existing = await read()
  const missing = recipients.filter((r) => !existing.has(r.member_id))
  if (!missing.length) return existing
  try {
    await support.createClientNotifications(
      missing.map((recipient) => {
        const { title, text } = clientEventTexts(declaration, recipient.locale, input.params)
        return {
          account_id: input.account_id,
          member_id: recipient.member_id,
          event: declaration.key,
          title,
          body: text,
          link: input.link ?? null,
          data: { ...(input.data ?? {}), site_id: input.site_id ?? null },
          digest_pending: recipient.channel === "digest",
          dedupe_key: input.key,
        }
      })
    )
  } catch (error) {
    if (!/duplicate|unique/i.test(lastLineOf(error))) throw error
  }
  return read()
}
