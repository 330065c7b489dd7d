export const QUOTE_STATUSES = ["draft", "sent", "viewed", "accepted", "rejected", "expired", "cancelled"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export const VERSION_STATUSES = ["draft", "sent", "superseded"] as const
export type VersionStatus = (typeof VERSION_STATUSES)[number]

export const MESSAGE_AUTHORS = ["client", "staff"] as const
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number]

/** A quote the client can still act on. */
export const OPEN_STATUSES: readonly QuoteStatus[] = ["sent", "viewed"]
