import { composeEmail, readText, requireUrl, type EmailTemplate } from "../layout"

/**
 * Sent to the members who may approve when staff send a quote or a new version of it.
 * data: portal_url (the quote's page in the portal, required), quote_number, quote_title, version, total (formatted), valid_until (formatted),
 * first_name, account_name, business_name, logo_url, locale.
 */
export const portalQuoteSent: EmailTemplate = (data, t) => {
  const firstName = readText(data, "first_name")
  const number = readText(data, "quote_number") ?? ""
  const version = Number(readText(data, "version") ?? 1)
  const businessName = readText(data, "business_name")
  const params = {
    quote_number: number,
    quote_title: readText(data, "quote_title") ?? "",
    account_name: readText(data, "account_name") ?? "",
    total: readText(data, "total") ?? "",
    valid_until: readText(data, "valid_until") ?? "",
    version,
    business_name: businessName ?? "",
  }
  return composeEmail(data, t, {
    subject: version > 1 ? t("portalQuoteSent.subjectRevised", params) : t("portalQuoteSent.subject", params),
    heading: version > 1 ? t("portalQuoteSent.headingRevised", params) : t("portalQuoteSent.heading", params),
    paragraphs: [
      firstName ? t("portalWelcome.greeting", { first_name: firstName }) : t("portalWelcome.greetingNeutral"),
      businessName ? t("portalQuoteSent.intro", params) : t("portalQuoteSent.introNeutral", params),
      t("portalQuoteSent.summary", params),
      t("portalQuoteSent.body"),
    ],
    action: { label: t("portalQuoteSent.action"), url: requireUrl(data, "portal_url", "portal-quote-sent") },
  })
}
