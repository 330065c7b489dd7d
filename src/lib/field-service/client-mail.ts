import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { loadBranding } from "../branding"
import { loadDocumentBrand } from "../documents/pdf-document"
import { createTranslator } from "../email/i18n"
import type { InterventionMailEvent } from "../email/templates/portal-intervention"
import { notifyClients, type ClientMail } from "../notifications/deliver"
import type { ClientEventLocale } from "../notifications/types"
import { sitesCover } from "../portal-actor"
import { interventionIcs } from "./intervention-ics"
import { findIntervention, type InterventionRecord } from "./interventions"
import { localizeType } from "./type-translations"
import { addressLine, loadReportContext, renderInterventionReportPdf } from "./report-pdf"
import { formatVisitWindow, visitTimeZone } from "./time-zones"

export type InterventionMailResult = { sent: string[]; failed: string[] }

type Attachment = NonNullable<ClientMail["attachments"]>[number]

const NOTHING: InterventionMailResult = { sent: [], failed: [] }

/** The client event (src/lib/notifications/declarations/field-service.ts) of each moment of a visit. */
const CLIENT_EVENTS: Record<InterventionMailEvent, string> = {
  scheduled: "interventions.intervention.scheduled",
  rescheduled: "interventions.intervention.rescheduled",
  cancelled: "interventions.intervention.cancelled",
  done: "interventions.intervention.report_ready",
}

/**
 * Who hears about a visit: the member who requested it and the member whose e-mail is the visit's contact, each
 * only while their sites still cover the visit's site. A visit staff planned with neither (no member asked for
 * it, its contact is not a member) goes to every member whose sites cover it, so somebody at the client knows.
 */
export async function interventionRecipients(container: MedusaContainer, i: InterventionRecord): Promise<string[]> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const members = (await accounts.listAccountMembers({ account_id: i.account_id }, { select: ["id", "customer_id", "site_ids"] })).filter((m) => sitesCover(m.site_ids ?? null, i.site_id))
  if (!members.length) return []
  const contact = i.contact_email?.trim().toLowerCase() || null
  const emails = contact
    ? new Map((await container.resolve(Modules.CUSTOMER).listCustomers({ id: members.map((m) => m.customer_id) }, { select: ["id", "email"] })).map((c) => [c.id, c.email?.toLowerCase() ?? null]))
    : new Map<string, string | null>()
  const concerned = members.filter((m) => m.id === i.requested_by_member_id || (!!contact && emails.get(m.customer_id) === contact))
  return (concerned.length ? concerned : members).map((m) => m.id)
}

/**
 * Tells the visit's recipients through the client notification registry: a row in each one's notification
 * centre, and per their preference the `portal-intervention` e-mail in their language (with `attachmentsFor`'s
 * files) at once, in the daily digest (without the files) or not at all. `key` names this occurrence, so that
 * a redelivered event writes and sends nothing twice. A mail server that is down is logged and answered,
 * never thrown: the action that caused the mail stands.
 */
async function notifyIntervention(
  container: MedusaContainer,
  i: InterventionRecord,
  event: InterventionMailEvent,
  key: string,
  attachmentsFor: (locale: ClientEventLocale) => Promise<Attachment[]>
): Promise<InterventionMailResult> {
  const memberIds = await interventionRecipients(container, i)
  if (!memberIds.length) return NOTHING
  const [branding, siteName] = await Promise.all([
    loadBranding(container),
    container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listSites({ id: i.site_id }, { select: ["name"] }).then((r) => r[0]?.name ?? null),
  ])
  const zone = visitTimeZone(i)
  const typeName = (locale: ClientEventLocale) => (i.type ? localizeType(i.type, locale).name : "")
  const params = (locale: ClientEventLocale) => ({
    number: i.number,
    type: typeName(locale) || createTranslator(locale)("portalIntervention.defaultType"),
    site: siteName ?? "",
    window: formatVisitWindow(locale, i.scheduled_start, i.scheduled_end, zone) ?? "",
    completed: i.completed_at ? formatVisitWindow(locale, i.completed_at, null, zone) ?? "" : "",
  })
  const attachments = new Map<string, Attachment[]>()
  const outcome = await notifyClients(container, {
    event: CLIENT_EVENTS[event],
    account_id: i.account_id,
    site_id: i.site_id,
    member_ids: memberIds,
    params,
    link: `/interventions/${i.id}`,
    key: `intervention:${key}`,
    data: { intervention_id: i.id },
    mail: async (recipient) => {
      const locale = recipient.locale
      if (!attachments.has(locale)) attachments.set(locale, await attachmentsFor(locale))
      const filled = params(locale)
      return {
        template: "portal-intervention",
        idempotency_key: `portal-intervention:${key}:${recipient.customer_id}`,
        attachments: attachments.get(locale),
        data: {
          locale,
          event,
          first_name: recipient.first_name ?? "",
          number: i.number,
          type: typeName(locale),
          site: filled.site,
          window: filled.window,
          technician: i.technician?.name ?? "",
          address: addressLine(i.address),
          reason: i.cancellation_reason ?? "",
          completed: filled.completed,
          portal_url: `${branding.portal_url}/${locale}/interventions/${i.id}`,
          business_name: branding.name,
          logo_url: branding.logo_url,
        },
      }
    },
  })
  return { sent: outcome.mailed, failed: outcome.failed }
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
  return notifyIntervention(container, i, "scheduled", `scheduled:${i.id}:${stamp(i.scheduled_start)}`, () => icsAttachment(container, i))
}

/** The visit moved to another window: the updated .ics (a higher SEQUENCE replaces the earlier one). */
export async function mailInterventionRescheduled(container: MedusaContainer, id: string): Promise<InterventionMailResult> {
  const i = await findIntervention(container, id)
  if (!i || i.status !== "scheduled" || !i.scheduled_start) return NOTHING
  return notifyIntervention(container, i, "rescheduled", `rescheduled:${i.id}:${stamp(i.scheduled_start)}`, () => icsAttachment(container, i))
}

/** The visit is cancelled: a cancelling .ics when it had a window, so calendars drop it. */
export async function mailInterventionCancelled(container: MedusaContainer, id: string): Promise<InterventionMailResult> {
  const i = await findIntervention(container, id)
  if (!i || i.status !== "cancelled") return NOTHING
  return notifyIntervention(container, i, "cancelled", `cancelled:${i.id}`, () => icsAttachment(container, i))
}

/** The visit is done: its report PDF attached, in each recipient's language. */
export async function mailInterventionDone(container: MedusaContainer, id: string): Promise<InterventionMailResult> {
  const i = await findIntervention(container, id)
  if (!i || i.status !== "done" || !i.report) return NOTHING
  const [brand, ctx] = await Promise.all([loadDocumentBrand(container), loadReportContext(container, i)])
  return notifyIntervention(container, i, "done", `done:${i.id}`, async (locale) => [
    { filename: `${i.number}.pdf`, content: (await renderInterventionReportPdf(brand, ctx, locale)).toString("base64"), content_type: "application/pdf", disposition: "attachment" },
  ])
}
