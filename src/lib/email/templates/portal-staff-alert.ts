import { composeEmail, readText, readUrl, type EmailTemplate } from "../layout"

/**
 * Tells a staff member (or the business's alert address) that a client acted on the portal.
 * data: title (the alert's one line), account_name, actor_name, occurred_at (ISO date), admin_url (the
 * object's page in the admin), business_name, logo_url, locale.
 */
export const portalStaffAlert: EmailTemplate = (data, t) => {
  const title = readText(data, "title")
  const account = readText(data, "account_name")
  const actor = readText(data, "actor_name")
  const occurredAt = readText(data, "occurred_at")
  const adminUrl = readUrl(data, "admin_url")
  const when = occurredAt && !Number.isNaN(Date.parse(occurredAt))
    ? new Intl.DateTimeFormat(t.locale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(occurredAt)) + " UTC"
    : undefined

  return composeEmail(data, t, {
    subject: title ? t("portalStaffAlert.subject", { title }) : t("portalStaffAlert.subjectNeutral"),
    heading: title ?? t("portalStaffAlert.heading"),
    paragraphs: [
      t("portalStaffAlert.intro"),
      ...(account ? [t("portalStaffAlert.account", { account_name: account })] : []),
      ...(actor ? [t("portalStaffAlert.actor", { actor_name: actor })] : []),
      ...(when ? [t("portalStaffAlert.when", { when })] : []),
    ],
    action: adminUrl ? { label: t("portalStaffAlert.action"), url: adminUrl } : undefined,
    afterAction: adminUrl ? [] : [t("portalStaffAlert.noLink")],
    footer: t("portalStaffAlert.footer"),
  })
}
