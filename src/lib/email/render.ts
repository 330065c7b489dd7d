import { MedusaError } from "@medusajs/framework/utils"
import { createTranslator, resolveEmailLocale } from "./i18n"
import type { EmailTemplate, RenderedEmail } from "./layout"
import { portalAccessCode } from "./templates/portal-access-code"
import { portalActivation } from "./templates/portal-activation"
import { portalClientNotification } from "./templates/portal-client-notification"
import { portalInvitation } from "./templates/portal-invitation"
import { portalInterventionLink } from "./templates/portal-intervention-link"
import { portalIntervention } from "./templates/portal-intervention"
import { portalInvoice } from "./templates/portal-invoice"
import { portalNotificationDigest } from "./templates/portal-notification-digest"
import { portalQuoteSent } from "./templates/portal-quote-sent"
import { portalRentalConfirmed, portalRentalReminder, portalRentalReturned } from "./templates/portal-rental"
import { portalStaffAlert } from "./templates/portal-staff-alert"
import { portalTest } from "./templates/portal-test"
import { portalWelcome } from "./templates/portal-welcome"

/**
 * The registry: the key is the name callers pass as a notification's `template`.
 * Adding a template: one file in templates/, one line here, its keys in every locales/ dictionary.
 */
const templates = {
  "portal-welcome": portalWelcome,
  "portal-test": portalTest,
  "portal-invitation": portalInvitation,
  "portal-activation": portalActivation,
  "portal-access-code": portalAccessCode,
  "portal-quote-sent": portalQuoteSent,
  "portal-invoice": portalInvoice,
  "portal-staff-alert": portalStaffAlert,
  "portal-rental-confirmed": portalRentalConfirmed,
  "portal-rental-reminder": portalRentalReminder,
  "portal-rental-returned": portalRentalReturned,
  "portal-intervention-link": portalInterventionLink,
  "portal-intervention": portalIntervention,
  "portal-client-notification": portalClientNotification,
  "portal-notification-digest": portalNotificationDigest,
} satisfies Record<string, EmailTemplate>

export type EmailTemplateName = keyof typeof templates

export const EMAIL_TEMPLATE_NAMES = Object.keys(templates) as EmailTemplateName[]

export function isEmailTemplateName(name: string): name is EmailTemplateName {
  return Object.prototype.hasOwnProperty.call(templates, name)
}

/**
 * Renders a template in the language of `data.locale` (English when missing or not translated).
 * Throws a MedusaError (INVALID_DATA) for an unknown template or missing required data.
 */
export function renderEmail(
  templateName: string,
  data?: Record<string, unknown> | null
): RenderedEmail {
  if (!isEmailTemplateName(templateName)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown e-mail template "${templateName}"; known templates: ${EMAIL_TEMPLATE_NAMES.join(", ")}`
    )
  }
  const safeData = data ?? {}
  const t = createTranslator(resolveEmailLocale(safeData.locale))
  return templates[templateName](safeData, t)
}
