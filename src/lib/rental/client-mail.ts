import type { MedusaContainer } from "@medusajs/framework/types"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { RENTAL_MODULE } from "../../modules/rental"
import type { RENTAL_MAIL_TEMPLATES } from "../../modules/rental/contract"
import type RentalModuleService from "../../modules/rental/service"
import { loadBranding } from "../branding"
import { notifyClients, type ClientMail } from "../notifications/deliver"
import { CLIENT_EVENT_LOCALES } from "../notifications/types"
import { rentalTranslator, type RentalTranslator } from "./labels"
import { DETAIL_RELATIONS, findScopedReservation, type ReservationRecord } from "./present"
import { slipPdfOf } from "./slip-pdf"

/** Who a rental mail went to, and to whom it could not be sent (the mail server refused or was down). */
export type RentalMailResult = { sent: string[]; failed: string[] }

type RentalMail = {
  /** The client event (src/lib/notifications/declarations/rental.ts). */
  event: "rentals.rental.confirmed" | "rentals.rental.return_reminder" | "rentals.rental.returned"
  template: (typeof RENTAL_MAIL_TEMPLATES)[number]
  /**
   * The values beyond what every rental mail carries, in the recipient's language: the template's data and
   * the registry's `{slots}`.
   */
  data: (t: RentalTranslator, reservation: ReservationRecord) => Promise<Record<string, string>> | Record<string, string>
  attachments?: (t: RentalTranslator, reservation: ReservationRecord) => Promise<ClientMail["attachments"]>
}

const models = (reservation: ReservationRecord) => (reservation.lines ?? []).map((l) => `${l.quantity} × ${l.title}`).join(", ")

/**
 * Tells the member who reserved (else the account's payers) of one rental event through the client
 * notification registry: a row in their notification centre, and per their preference the rental's own
 * e-mail in their language (its attachments with it) at once, in the daily digest or not at all. Once per
 * rental and person: a redelivered event or a job run twice writes and sends nothing again, while a mail
 * that failed is tried again by the next call. A mail server that is down is logged and answered, never
 * thrown: the rental action it follows stands.
 */
async function sendRentalMail(container: MedusaContainer, reservationId: string, mail: RentalMail): Promise<RentalMailResult> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const reservation = await findScopedReservation(container, reservationId, null, DETAIL_RELATIONS)
  const members = await accounts.listAccountMembers(
    reservation.customer_id ? { account_id: reservation.account_id, customer_id: reservation.customer_id } : { account_id: reservation.account_id, is_payer: true },
    { select: ["id"] }
  )
  const branding = await loadBranding(container)
  const values = new Map<string, Record<string, string>>()
  const valuesIn = async (t: RentalTranslator) => {
    if (!values.has(t.locale)) values.set(t.locale, { number: reservation.number, models: models(reservation), ...(await mail.data(t, reservation)) })
    return values.get(t.locale)!
  }
  const translators = new Map(CLIENT_EVENT_LOCALES.map((locale) => [locale, rentalTranslator(locale)]))
  const params = Object.fromEntries(await Promise.all(CLIENT_EVENT_LOCALES.map(async (locale) => [locale, await valuesIn(translators.get(locale)!)] as const)))
  const outcome = await notifyClients(container, {
    event: mail.event,
    account_id: reservation.account_id,
    member_ids: members.map((m) => m.id),
    params: (locale) => params[locale],
    link: `/rentals/${reservation.id}`,
    key: `${mail.template}:${reservation.id}`,
    data: { reservation_id: reservation.id },
    mail: async (recipient) => {
      const t = translators.get(recipient.locale)!
      return {
        template: mail.template,
        idempotency_key: `${mail.template}:${reservation.id}:${recipient.customer_id}`,
        attachments: mail.attachments ? await mail.attachments(t, reservation) : undefined,
        data: {
          locale: t.locale,
          first_name: recipient.first_name ?? "",
          portal_url: `${branding.portal_url}/${t.locale}/rentals/${reservation.id}`,
          business_name: branding.name,
          logo_url: branding.logo_url,
          ...(await valuesIn(t)),
        },
      }
    },
  })
  return { sent: outcome.mailed, failed: outcome.failed }
}

/** The reservation is confirmed (by staff or at once by the auto-confirm setting): dates, site, deposit. */
export function mailRentalConfirmed(container: MedusaContainer, reservationId: string): Promise<RentalMailResult> {
  return sendRentalMail(container, reservationId, {
    event: "rentals.rental.confirmed",
    template: "portal-rental-confirmed",
    data: async (t, r) => {
      const [site] = r.site_id ? await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listSites({ id: r.site_id }, { select: ["id", "name"], take: 1 }) : []
      return {
        starts_at: t.moment(r.starts_at),
        ends_at: t.moment(r.ends_at),
        site: site?.name ?? "",
        deposit: Number(r.deposit_total) > 0 ? t.money(Number(r.deposit_total), r.currency_code) : "",
      }
    },
  })
}

/** The day before the planned return: when the units are due back. */
export function mailRentalReturnReminder(container: MedusaContainer, reservationId: string): Promise<RentalMailResult> {
  return sendRentalMail(container, reservationId, {
    event: "rentals.rental.return_reminder",
    template: "portal-rental-reminder",
    data: (t, r) => ({ ends_at: t.moment(r.ends_at) }),
  })
}

/** The units are back: the charges (none for a loan) and the return slip's PDF in the member's language. */
export function mailRentalReturned(container: MedusaContainer, reservationId: string): Promise<RentalMailResult> {
  const returnSlip = (r: ReservationRecord) => (r.slips ?? []).find((s) => s.kind === "return")
  return sendRentalMail(container, reservationId, {
    event: "rentals.rental.returned",
    template: "portal-rental-returned",
    data: (t, r) => {
      const charged = (r.charges ?? []).reduce((sum, c) => sum + Number(c.amount), 0)
      return { slip_number: returnSlip(r)?.number ?? "", total: !r.is_loan && charged > 0 ? t.money(Math.round(charged * 100) / 100, r.currency_code) : "" }
    },
    attachments: async (t, r) => {
      const slip = returnSlip(r)
      const file = slip && (await slipPdfOf(container, r, slip.id, t.locale))
      return file ? [{ filename: file.filename, content: file.pdf.toString("base64"), content_type: "application/pdf", disposition: "attachment" }] : []
    },
  })
}

const DAY_MS = 86_400_000

/**
 * Reminds the day before the planned return: every rental out whose planned return is before the end of
 * tomorrow (UTC) and not yet past. A rental is reminded once whatever the runs (the mails' idempotency
 * keys); one that could not be mailed is tried again at the next run while its return is still ahead.
 */
export async function remindRentalReturns(container: MedusaContainer, now = new Date()): Promise<{ rentals: number; sent: number; failed: number }> {
  const rentals = container.resolve<RentalModuleService>(RENTAL_MODULE)
  const endOfTomorrow = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS + 2 * DAY_MS)
  const due = await rentals.listRentalReservations({ status: "out", ends_at: { $gt: now, $lt: endOfTomorrow } }, { select: ["id"] })
  const totals = { rentals: due.length, sent: 0, failed: 0 }
  for (const reservation of due) {
    const result = await mailRentalReturnReminder(container, reservation.id)
    totals.sent += result.sent.length
    totals.failed += result.failed.length
  }
  return totals
}
