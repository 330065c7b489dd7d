import { composeEmail, readText, requireUrl, type EmailTemplate } from "../layout"

/**
 * Sent when staff share one intervention with a client through a secure link (no sign-in needed).
 * data: portal_url (the link, required), number (the intervention's), window (its visit, formatted, or empty),
 * account_name, business_name, expires (formatted), logo_url, locale.
 */
export const portalInterventionLink: EmailTemplate = (data, t) => {
  const businessName = readText(data, "business_name")
  const window = readText(data, "window")
  const portalUrl = requireUrl(data, "portal_url", "portal-intervention-link")
  const number = readText(data, "number") ?? ""
  return composeEmail(data, t, {
    subject: businessName
      ? t("portalInterventionLink.subject", { number, business_name: businessName })
      : t("portalInterventionLink.subjectNeutral", { number }),
    heading: t("portalInterventionLink.heading", { number }),
    paragraphs: [
      t("portalWelcome.greetingNeutral"),
      t("portalInterventionLink.intro", { number, account_name: readText(data, "account_name") ?? "" }),
      ...(window ? [t("portalInterventionLink.window", { window })] : []),
      t("portalInterventionLink.expires", { expires: readText(data, "expires") ?? "" }),
    ],
    action: { label: t("portalInterventionLink.action"), url: portalUrl },
    afterAction: [t("portalInterventionLink.ignore")],
  })
}
