import type { Translator } from "../email/i18n"

/**
 * The contract between a domain and the staff alert pipeline. A client action emits
 * `portal.<domain>.<verb>` with a payload of this shape once its workflow has succeeded; the domain
 * declares, once, how staff should read such an event. The pipeline does the rest: admin feed,
 * e-mail to the responsible staff member (retried while the mail server is down), live alert on
 * open admin pages, alerts centre.
 */
export type PortalEventData = {
  /** The object the action concerns (quote, equipment, reading…). */
  id: string
  /** The client account that acted. */
  account_id: string
  /** The client's customer id, when a signed-in member acted. */
  actor_customer_id?: string | null
  /** Who acted, as staff read it ("Claire Martin (Acme)"). */
  actor_name?: string | null
  /** Medusa user id of the staff member responsible for the object (a quote's salesperson), if any. */
  staff_user_id?: string | null
  [key: string]: unknown
}

export type PortalAlertDeclaration = {
  event: `portal.${string}.${string}`
  /** Kind of object, shown in the alerts centre and stored as the notification's resource type. */
  resource_type: string
  /** The object's page in the admin, relative to the dashboard root (for example `/client-portal/quotes/quo_1`). */
  adminPath: (data: PortalEventData) => string
  /**
   * One line for staff in the translator's language, for example `Quote Q-1042 accepted by Claire Martin`: stored
   * in English for the admin's feed, and written again in the staff member's language for their e-mail.
   */
  title: (data: PortalEventData, t: Translator) => string
}
