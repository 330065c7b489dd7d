import { composeEmail, readText, requireUrl, type EmailTemplate } from "../layout"

/**
 * Sent when a member is invited to the portal.
 * data: portal_url (required), first_name, account_name, business_name, logo_url, locale.
 */
export const portalWelcome: EmailTemplate = (data, t) => {
  const firstName = readText(data, "first_name")
  const accountName = readText(data, "account_name")
  const portalUrl = requireUrl(data, "portal_url", "portal-welcome")

  return composeEmail(data, t, {
    subject: t("portalWelcome.subject"),
    heading: t("portalWelcome.heading"),
    paragraphs: [
      firstName
        ? t("portalWelcome.greeting", { first_name: firstName })
        : t("portalWelcome.greetingNeutral"),
      accountName
        ? t("portalWelcome.intro", { account_name: accountName })
        : t("portalWelcome.introNeutral"),
      t("portalWelcome.body"),
    ],
    action: { label: t("portalWelcome.action"), url: portalUrl },
    afterAction: [t("portalWelcome.ignore")],
  })
}
