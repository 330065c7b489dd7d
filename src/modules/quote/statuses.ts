export const QUOTE_STATUSES = ["draft", "sent", "viewed", "accepted", "rejected", "expired", "cancelled"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

export const VERSION_STATUSES = ["draft", "sent", "superseded"] as const
export type VersionStatus = (typeof VERSION_STATUSES)[number]

export const MESSAGE_AUTHORS = ["client", "staff"] as const
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number]

/** A quote the client can still act on. */
export const OPEN_STATUSES: readonly QuoteStatus[] = ["sent", "viewed"]

/**
 * Every change of a quote's status, in one table: the states each may start from and the state it leads to.
 * The quote service applies them (`moveQuotes`) only where the status is still one of `from`, so two changes
 * racing each other cannot both win. Plain TypeScript, so the admin and the portal may read it too.
 */
export const QUOTE_TRANSITIONS = {
  send: { from: ["draft"], to: "sent", past: "sent" },
  view: { from: ["sent"], to: "viewed", past: "viewed" },
  accept: { from: ["sent", "viewed"], to: "accepted", past: "accepted" },
  reject: { from: ["sent", "viewed"], to: "rejected", past: "rejected" },
  revise: { from: ["sent", "viewed", "rejected", "expired"], to: "draft", past: "revised" },
  cancel: { from: ["draft", "sent", "viewed", "rejected", "expired"], to: "cancelled", past: "cancelled" },
  expire: { from: ["sent", "viewed"], to: "expired", past: "expired" },
} as const satisfies Record<string, { from: readonly QuoteStatus[]; to: QuoteStatus; past: string }>

export type QuoteTransition = keyof typeof QUOTE_TRANSITIONS

export const canTransition = (status: QuoteStatus, transition: QuoteTransition): boolean =>
  (QUOTE_TRANSITIONS[transition].from as readonly QuoteStatus[]).includes(status)
