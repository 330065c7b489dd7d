import { composeEmail, readText, requireUrl, type EmailTemplate } from "../layout"

/**
 * The digest: every notification a member chose to receive grouped, since the last digest, in one mail.
 * data: items (array of { title, text }), portal_url (required: the notification centre), first_name,
 * business_name, logo_url, locale.
 */
export const portalNotificationDigest: EmailTemplate = (data, t) => {
  const firstName = readText(data, "first_name")
  const items = Array.isArray(data.items) ? (data.items as { title?: unknown; text?: unknown }[]) : []
  const lines = items.map((item) => [item.title, item.text].filter((part): part is string => typeof part === "string" && part.length > 0).join(" — "))
  const params = { count: items.length, business_name: readText(data, "business_name") ?? "" }
  return composeEmail(data, t, {
    subject: t("portalNotificationDigest.subject", params),
    heading: t("portalNotificationDigest.heading", params),
    paragraphs: [firstName ? t("portalWelcome.greeting", { first_name: firstName }) : t("portalWelcome.greetingNeutral"), t("portalNotificationDigest.intro", params), ...lines],
    action: { label: t("portalNotificationDigest.action"), url: requireUrl(data, "portal_url", "portal-notification-digest") },
    afterAction: [t("portalNotification.preferences")],
  })
}
