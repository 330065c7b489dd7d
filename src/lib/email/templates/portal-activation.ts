import { MedusaError } from "@medusajs/framework/utils"
import { composeEmail, readText, requireUrl, type EmailTemplate } from "../layout"

/**
 * The e-mail half of a two-part activation (the other half is on a posted letter).
 * data: code and portal_url (activation page) required; expires_at (ISO), first_name, account_name,
 * business_name, logo_url, locale.
 */
export const portalActivation: EmailTemplate = (data, t) => {
  const code = readText(data, "code")
  if (!code) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'E-mail template "portal-activation" needs data.code')
  }
  const firstName = readText(data, "first_name")
  const portalUrl = requireUrl(data, "portal_url", "portal-activation")
  const expiresAt = readText(data, "expires_at")
  const expires = expiresAt
    ? new Intl.DateTimeFormat(t.locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(expiresAt))
    : ""

  return composeEmail(data, t, {
    subject: t("portalActivation.subject"),
    heading: t("portalActivation.heading"),
    paragraphs: [
      firstName ? t("portalWelcome.greeting", { first_name: firstName }) : t("portalWelcome.greetingNeutral"),
      t("portalActivation.intro", { account_name: readText(data, "account_name") }),
      t("portalActivation.code", { code }),
      t("portalActivation.body", { expires }),
    ],
    action: { label: t("portalActivation.action"), url: portalUrl },
    afterAction: [t("portalActivation.ignore")],
  })
}
