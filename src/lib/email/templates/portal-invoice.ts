import { composeEmail, readText, requireUrl, type EmailTemplate } from "../layout"

/**
 * Sent to an account's payers when an invoice, deposit invoice or credit note is issued (or staff send it
 * again), and as a reminder when it is overdue; the PDF is attached.
 * data: portal_url (required), document (formatted title, e.g. "Invoice INV-2026-00001"), total, due_date (formatted),
 * reminder ("true" for an overdue reminder), first_name, account_name, business_name, logo_url, locale.
 */
export const portalInvoice: EmailTemplate = (data, t) => {
  const firstName = readText(data, "first_name")
  const reminder = readText(data, "reminder") === "true"
  const params = {
    document: readText(data, "document") ?? "",
    account_name: readText(data, "account_name") ?? "",
    total: readText(data, "total") ?? "",
    due_date: readText(data, "due_date") ?? "",
    business_name: readText(data, "business_name") ?? "",
  }
  return composeEmail(data, t, {
    subject: reminder ? t("portalInvoice.reminderSubject", params) : t("portalInvoice.subject", params),
    heading: reminder ? t("portalInvoice.reminderHeading", params) : t("portalInvoice.heading", params),
    paragraphs: [
      firstName ? t("portalWelcome.greeting", { first_name: firstName }) : t("portalWelcome.greetingNeutral"),
      reminder ? t("portalInvoice.reminderBody", params) : t("portalInvoice.body", params),
      t("portalInvoice.attached"),
    ],
    action: { label: t("portalInvoice.action"), url: requireUrl(data, "portal_url", "portal-invoice") },
  })
}
