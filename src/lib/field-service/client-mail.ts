import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { loadBranding } from "../branding"
import { loadDocumentBrand } from "../documents/pdf-document"
import { resolveEmailLocale } from "../email/i18n"
import type { InterventionMailEvent } from "../email/templates/portal-intervention"
import { sitesCover } from "../portal-actor"
import { interventionIcs } from "./intervention-ics"
import { findIntervention, type InterventionRecord } from "./interventions"
import { addressLine, formatVisitWindow, loadReportContext, renderInterventionReportPdf, visitTimeZone } from "./report-pdf"

export type InterventionMailResult = { sent: string[]; failed: string[] }

type Recipient = { customer_id: string; email: string; first_name: string | null; locale: string }
type Attachment = { filename: string; content: string; content_type: string; disposition: string }

const NOTHING: InterventionMailResult = { sent: [], failed: [] }

/**
 * Who hears about a visit: the member who requested it and the member whose e-mail is the visit's contact, each
 * only while their sites still cover the visit's site. A visit staff planned with neither (no member asked for
 * it, its contact is not a member) goes to every member whose sites cover it, so somebody at the client knows.
 */
export async function interventionRecipients(container: MedusaContainer, i: InterventionRecord): Promise<Recipient[]> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const account = await accounts.retrieveClientAccount(i.account_id, { select: ["locale"] })
  const members = (await accounts.listAccountMembers({ account_id: i.account_id }, { select: ["id", "customer_id", "site_ids"] })).filter((m) => sitesCover(m.site_ids ?? null, i.site_id))
  if (!members.length) return []
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ id: members.map((m) => m.customer_id) }, { select: ["id", "email", "first_name", "metadata"] })
  const contact = i.contact_email?.trim().toLowerCase() || null
  const concerned = customers.filter((c) => members.some((m) => m.customer_id === c.id && m.id === i.requested_by_member_id) || (!!contact && c.email?.toLowerCase() === contact))
  return (concerned.length ? concerned : customers)
    .filter((c) => !!c.email)
    .map((c) => ({ customer_id: c.id, email: c.email, first_name: c.first_name ?? null, locale: String(c.metadata?.locale ?? account.locale ?? "en") }))
}

/**
 * One e-mail per recipient, in their language; `key` names this mailing so that a redelivered event sends
 * nothing twice. A mail server that is down is logged per recipient and answered, never thrown: the action
 * that caused the mail stands, and the notification module keeps the failed notification for a retry.
 */
async function mailIntervention(
  container: MedusaContainer,
  i: InterventionRecord,
  event: InterventionMailEvent,
  key: string,
  attachmentsFor: (locale: string) => Promise<Attachment[]>
): Promise<InterventionMailResult> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const result: InterventionMailResult = { sent: [], failed: [] }
  let recipients: Recipient[]
  try {
    recipients = await interventionRecipients(container, i)
  } catch (error) {
    logger.warn(`Intervention ${i.number}: recipients of the ${event} e-mail not found: ${(error as Error).message}`)
    return result
  }
  if (!recipients.length) return result
  const [branding, siteName] = await Promise.all([
    loadBranding(container),
    container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listSites({ id: i.site_id }, { select: ["name"] }).then((r) => r[0]?.name ?? null),
  ])
  const zone = visitTimeZone(i)
  const attachments = new Map<string, Attachment[]>()
  for (const recipient of recipients) {
    const locale = resolveEmailLocale(recipient.locale)
    try {
      if (!attachments.has(locale)) attachments.set(locale, await attachmentsFor(locale))
      await container.resolve(Modules.NOTIFICATION).createNotifications([
        {
          to: recipient.email,
          channel: "email",
          template: "portal-intervention",
          idempotency_key: `portal-intervention:${key}:${recipient.customer_id}`,
          attachments: attachments.get(locale),
          data: {
            locale,
            event,
            first_name: recipient.first_name ?? "",
            number: i.number,
            type: i.type?.name ?? "",
            site: siteName ?? "",
            window: formatVisitWindow(locale, i.scheduled_start, i.scheduled_end, zone) ?? "",
            technician: i.technician?.name ?? "",
            address: addressLine(i.address),
            reason: i.cancellation_reason ?? "",
            completed: i.completed_at ? formatVisitWindow(locale, i.completed_at, null, zone) ?? "" : "",
            portal_url: `${branding.portal_url}/${locale}/interventions/${i.id}`,
            business_name: branding.name,
            logo_url: branding.logo_url,
          },
        },
      ])
      result.sent.push(recipient.email)
    } catch (error) {
      const message = ((error as Error).message ?? "unknown error").split("\n").filter(Boolean).pop()
      logger.warn(`Intervention ${i.number}: ${event} e-mail not sent to ${recipient.email}: ${message}`)
      result.failed.push(recipient.email)
    }
  }
  return result
}

const icsAttachment = async (container: MedusaContainer, i: InterventionRecord): Promise<Attachment[]> =>
  i.scheduled_start && i.scheduled_end
    ? [{ filename: `${i.number}.ics`, content: Buffer.from(await interventionIcs(container, i)).toString("base64"), content_type: "text/calendar", disposition: "attachment" }]
    : []

const stamp = (d: Date | string | null) => (d ? new Date(d).toISOString() : "none")

/** The visit has its window (booked by the client and confirmed, or planned by staff): the .ics attached. */
export async function mailInterventionScheduled(container: MedusaContainer, id: string): Promise<InterventionMailResult> {
  const i = await findIntervention(container, id)
  if (!i || i.status !== "scheduled" || !i.scheduled_start) return NOTHING
  return mailIntervention(container, i, "scheduled", `scheduled:${i.id}:${stamp(i.scheduled_start)}`, () => icsAttachment(container, i))
}

/** The visit moved to another window: the updated .ics (a higher SEQUENCE replaces the earlier one). */
export async function mailInterventionRescheduled(container: MedusaContainer, id: string): Promise<InterventionMailResult> {
  const i = await findIntervention(container, id)
  if (!i || i.status !== "scheduled" || !i.scheduled_start) return NOTHING
  return mailIntervention(container, i, "rescheduled", `rescheduled:${i.id}:${stamp(i.scheduled_start)}`, () => icsAttachment(container, i))
}

/** The visit is cancelled: a cancelling .ics when it had a window, so calendars drop it. */
export async function mailInterventionCancelled(container: MedusaContainer, id: string): Promise<InterventionMailResult> {
  const i = await findIntervention(container, id)
  if (!i || i.status !== "cancelled") return NOTHING
  return mailIntervention(container, i, "cancelled", `cancelled:${i.id}`, () => icsAttachment(container, i))
}

/** The visit is done: its report PDF attached, in each recipient's language. */
export async function mailInterventionDone(container: MedusaContainer, id: string): Promise<InterventionMailResult> {
  const i = await findIntervention(container, id)
  if (!i || i.status !== "done" || !i.report) return NOTHING
  const [brand, ctx] = await Promise.all([loadDocumentBrand(container), loadReportContext(container, i)])
  return mailIntervention(container, i, "done", `done:${i.id}`, async (locale) => [
    { filename: `${i.number}.pdf`, content: (await renderInterventionReportPdf(brand, ctx, locale)).toString("base64"), content_type: "application/pdf", disposition: "attachment" },
  ])
}
