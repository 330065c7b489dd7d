import { MedusaError } from "@medusajs/framework/utils"
import { composeEmail, readText, type EmailTemplate } from "../layout"

/**
 * The one-time sign-in code. The code is in the subject too, so that a phone's notification shows it.
 * data: code (required, 6 digits), expires_minutes, first_name, business_name, logo_url, locale.
 */
export const portalAccessCode: EmailTemplate = (data, t) => {
  const code = readText(data, "code")
  if (!code || !/^\d{6}$/.test(code)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'E-mail template "portal-access-code" needs data.code (6 digits)')
  }
  const minutes = Number(readText(data, "expires_minutes") ?? 10)
  const firstName = readText(data, "first_name")

  return composeEmail(data, t, {
    subject: t("portalAccessCode.subject", { code }),
    heading: t("portalAccessCode.heading"),
    paragraphs: [
      firstName ? t("portalWelcome.greeting", { first_name: firstName }) : t("portalWelcome.greetingNeutral"),
      t("portalAccessCode.body", { code, minutes }),
      t("portalAccessCode.ignore"),
    ],
  })
}
