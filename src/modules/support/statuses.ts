/**
 * The support domain's fixed lists, in one plain file (no imports) so that models, routes, the admin and the
 * portal read the same values. `contract.ts` re-exports them with the routes' response types.
 */
export const TICKET_STATUSES = ["open", "in_progress", "waiting_for_client", "resolved", "closed"] as const
export type TicketStatus = (typeof TICKET_STATUSES)[number]

/** A ticket still being worked on: it counts as open for the client and its SLA can be overdue. */
export const ACTIVE_TICKET_STATUSES: readonly TicketStatus[] = ["open", "in_progress", "waiting_for_client"]

export const TICKET_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export type TicketPriority = (typeof TICKET_PRIORITIES)[number]

export const THREAD_KINDS = ["ticket", "announcement", "conversation"] as const
export type ThreadKind = (typeof THREAD_KINDS)[number]

export const AUTHOR_TYPES = ["member", "staff"] as const
export type AuthorType = (typeof AUTHOR_TYPES)[number]

/** How a message reached a member first: shown in the portal, or in an e-mail the mail server accepted. */
export const DELIVERY_CHANNELS = ["portal", "email"] as const
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number]

export const CHANGE_TARGETS = ["account", "site"] as const
export type ChangeTarget = (typeof CHANGE_TARGETS)[number]

export const CHANGE_REQUEST_STATUSES = ["pending", "approved", "partially_approved", "rejected"] as const
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number]

export const FIELD_DECISIONS = ["pending", "approved", "rejected"] as const
export type FieldDecision = (typeof FIELD_DECISIONS)[number]

/**
 * The fields a member may propose changes to, per target. Account fields `vat_number` and `invoice_email`
 * are billing details kept in the account's metadata; the address fields also update the members' Medusa
 * customer addresses that hold the account's billing address.
 */
export const CHANGEABLE_FIELDS = {
  account: [
    "name",
    "address_1",
    "address_2",
    "postal_code",
    "city",
    "country_code",
    "contact_name",
    "contact_email",
    "contact_phone",
    "vat_number",
    "invoice_email",
  ],
  site: ["name", "address_1", "address_2", "postal_code", "city", "country_code", "contact_name", "contact_email", "contact_phone"],
} as const satisfies Record<ChangeTarget, readonly string[]>
export type AccountChangeField = (typeof CHANGEABLE_FIELDS.account)[number]
export type SiteChangeField = (typeof CHANGEABLE_FIELDS.site)[number]

export const DOCUMENT_CATEGORIES = ["technical", "commercial", "contract", "price_list", "template"] as const
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number]

export const DOCUMENT_AUDIENCES = ["all", "account", "site", "equipment"] as const
export type DocumentAudience = (typeof DOCUMENT_AUDIENCES)[number]

export const NOTIFICATION_CHANNELS = ["portal", "email", "digest"] as const
/** `portal`: only in the notification centre; `email`: also an e-mail at once; `digest`: also in a daily e-mail. */
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number]
