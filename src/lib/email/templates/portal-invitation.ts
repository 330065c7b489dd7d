import { composeEmail, readText, requireUrl, type EmailTemplate } from "../layout"

/**
 * Sent when staff or an account admin invite a person to the portal.
 * data: portal_url (sign-in page, required), email, first_name, account_name, inviter_name, business_name,
 * logo_url, locale.
 */
export const portalInvitation: EmailTemplate = (data, t) => {
  const firstName = readText(data, "first_name")
  const accountName = readText(data, "account_name") ?? ""
  const inviter = readText(data, "inviter_name")
  const businessName = readText(data, "business_name")
  const portalUrl = requireUrl(data, "portal_url", "portal-invitation")

  return composeEmail(data, t, {
    subject: businessName
      ? t("portalInvitation.subject", { business_name: businessName })
      : t("portalInvitation.subjectNeutral"),
    heading: t("portalInvitation.heading"),
    paragraphs: [
      firstName ? t("portalWelcome.greeting", { first_name: firstName }) : t("portalWelcome.greetingNeutral"),
      inviter
        ? t("portalInvitation.intro", { inviter_name: inviter, account_name: accountName })
        : t("portalInvitation.introNeutral", { account_name: accountName }),
      t("portalInvitation.body", { email: readText(data, "email") }),
    ],
    action: { label: t("portalInvitation.action"), url: portalUrl },
    afterAction: [t("portalInvitation.ignore")],
  })
}
