import { composeEmail, readText, requireUrl, type EmailTemplate } from "../layout"

/** The moments of a visit a client is told about by e-mail. */
export const INTERVENTION_MAIL_EVENTS = ["scheduled", "rescheduled", "cancelled", "done"] as const
export type InterventionMailEvent = (typeof INTERVENTION_MAIL_EVENTS)[number]

const SUBJECTS = {
  scheduled: ["portalIntervention.scheduledSubject", "portalIntervention.scheduledHeading", "portalIntervention.scheduledBody"],
  rescheduled: ["portalIntervention.rescheduledSubject", "portalIntervention.rescheduledHeading", "portalIntervention.rescheduledBody"],
  cancelled: ["portalIntervention.cancelledSubject", "portalIntervention.cancelledHeading", "portalIntervention.cancelledBody"],
  done: ["portalIntervention.doneSubject", "portalIntervention.doneHeading", "portalIntervention.doneBody"],
} as const

/**
 * Sent to the client's members when a visit is scheduled (the .ics attached), moved, cancelled or done (the
 * report PDF attached). data: event (one of INTERVENTION_MAIL_EVENTS, required), portal_url (required), number,
 * type, site, window (formatted), technician, address, reason, completed (formatted), first_name,
 * business_name, logo_url, locale.
 */
export const portalIntervention: EmailTemplate = (data, t) => {
  const event = (INTERVENTION_MAIL_EVENTS as readonly string[]).includes(String(data.event)) ? (data.event as InterventionMailEvent) : "scheduled"
  const [subject, heading, body] = SUBJECTS[event]
  const firstName = readText(data, "first_name")
  const technician = readText(data, "technician")
  const address = readText(data, "address")
  const reason = readText(data, "reason")
  const params = {
    number: readText(data, "number") ?? "",
    type: readText(data, "type") ?? t("portalIntervention.defaultType"),
    site: readText(data, "site") ?? "",
    window: readText(data, "window") ?? "",
    completed: readText(data, "completed") ?? "",
  }
  const details = event === "cancelled" || event === "done" ? [] : [technician ? t("portalIntervention.technician", { technician }) : null, address ? t("portalIntervention.address", { address }) : null]
  return composeEmail(data, t, {
    subject: t(subject, params),
    heading: t(heading, params),
    paragraphs: [
      firstName ? t("portalWelcome.greeting", { first_name: firstName }) : t("portalWelcome.greetingNeutral"),
      t(body, params),
      ...details.filter((line): line is string => !!line),
      ...(event === "cancelled" && reason ? [t("portalIntervention.reason", { reason })] : []),
      ...(event === "scheduled" || event === "rescheduled" ? [t("portalIntervention.calendar")] : []),
      ...(event === "done" ? [t("portalIntervention.reportAttached")] : []),
    ],
    action: { label: t("portalIntervention.action"), url: requireUrl(data, "portal_url", "portal-intervention") },
  })
}
