import { composeEmail, readText, requireUrl, type EmailTemplate } from "../layout"

/**
 * An event of the client events registry mailed at once, for events whose domain has no mail of its own
 * (a staff message, a ticket's answer, a decided change request). The title and text come already written
 * in the member's language from the registry.
 * data: title, text, portal_url (required: the page the event concerns), first_name, business_name, logo_url, locale.
 */
export const portalClientNotification: EmailTemplate = (data, t) => {
  const firstName = readText(data, "first_name")
  const title = readText(data, "title") ?? t("portalNotification.heading")
  const text = readText(data, "text")
  return composeEmail(data, t, {
    subject: title,
    heading: title,
    paragraphs: [firstName ? t("portalWelcome.greeting", { first_name: firstName }) : t("portalWelcome.greetingNeutral"), ...(text ? [text] : [])],
    action: { label: t("portalNotification.action"), url: requireUrl(data, "portal_url", "portal-client-notification") },
    afterAction: [t("portalNotification.preferences")],
  })
}
