import { composeEmail, readText, requireUrl, type EmailData, type EmailTemplate } from "../layout"
import type { Translator } from "../i18n"

/** What the three rental mails share: the rental's number, models, dates, and the greeting. */
const rentalParams = (data: EmailData) => ({
  number: readText(data, "number") ?? "",
  models: readText(data, "models") ?? "",
  starts_at: readText(data, "starts_at") ?? "",
  ends_at: readText(data, "ends_at") ?? "",
  site: readText(data, "site") ?? "",
  deposit: readText(data, "deposit") ?? "",
  total: readText(data, "total") ?? "",
  slip_number: readText(data, "slip_number") ?? "",
  business_name: readText(data, "business_name") ?? "",
})

const greeting = (data: EmailData, t: Translator) => {
  const firstName = readText(data, "first_name")
  return firstName ? t("portalWelcome.greeting", { first_name: firstName }) : t("portalWelcome.greetingNeutral")
}

/**
 * Sent to the member who reserved when staff (or the auto-confirm setting) confirm a reservation.
 * data: portal_url (required), number, models ("2 × Scissor lift 8 m, …"), starts_at and ends_at (formatted),
 * site (the delivery site's name, optional), deposit (formatted, optional), first_name, business_name, logo_url, locale.
 */
export const portalRentalConfirmed: EmailTemplate = (data, t) => {
  const params = rentalParams(data)
  return composeEmail(data, t, {
    subject: t("portalRental.confirmedSubject", params),
    heading: t("portalRental.confirmedHeading", params),
    paragraphs: [
      greeting(data, t),
      t("portalRental.confirmedBody", params),
      ...(params.site ? [t("portalRental.site", params)] : []),
      ...(params.deposit ? [t("portalRental.deposit", params)] : []),
    ],
    action: { label: t("portalRental.action"), url: requireUrl(data, "portal_url", "portal-rental-confirmed") },
  })
}

/**
 * Sent the day before a rental's planned return, once per rental.
 * data: portal_url (required), number, models, ends_at (formatted), first_name, business_name, logo_url, locale.
 */
export const portalRentalReminder: EmailTemplate = (data, t) => {
  const params = rentalParams(data)
  return composeEmail(data, t, {
    subject: t("portalRental.reminderSubject", params),
    heading: t("portalRental.reminderHeading", params),
    paragraphs: [greeting(data, t), t("portalRental.reminderBody", params), t("portalRental.reminderChange")],
    action: { label: t("portalRental.action"), url: requireUrl(data, "portal_url", "portal-rental-reminder") },
  })
}

/**
 * Sent when the units are back, with the return slip's PDF attached.
 * data: portal_url (required), number, models, slip_number, total (formatted charges, empty for a loan),
 * first_name, business_name, logo_url, locale.
 */
export const portalRentalReturned: EmailTemplate = (data, t) => {
  const params = rentalParams(data)
  return composeEmail(data, t, {
    subject: t("portalRental.returnedSubject", params),
    heading: t("portalRental.returnedHeading", params),
    paragraphs: [
      greeting(data, t),
      t("portalRental.returnedBody", params),
      params.total ? t("portalRental.returnedCharges", params) : t("portalRental.returnedNoCharges"),
      t("portalRental.returnedAttached", params),
    ],
    action: { label: t("portalRental.action"), url: requireUrl(data, "portal_url", "portal-rental-returned") },
  })
}
