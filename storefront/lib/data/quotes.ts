import "server-only"
import { cache } from "react"
import { describeError, fetchAllPages, httpStatusOf, sdk } from "./client"
import { sessionHeaders } from "./portal"

export const QUOTE_STATUSES = ["sent", "viewed", "accepted", "rejected", "expired", "cancelled"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number] | "draft"
/** The statuses in which a quote waits for the client's answer. */
export const AWAITING_STATUSES = ["sent", "viewed"] as const

export type QuoteLine = {
  id: string
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  sku: string | null
  title: string
  description: string | null
  quantity: number
  unit_price: number
  discount_percent: number
  is_optional: boolean
  selected: boolean
  subtotal: number
  tax_total: number
  total: number
}

/** The order an accepted quote became; a list answers it without its total. */
export type QuoteOrder = { id: string; display_id: number; total: number; currency_code: string }

export type PortalQuote = {
  id: string
  number: string
  title: string
  status: QuoteStatus
  version: number
  currency_code: string
  valid_until: string
  sent_at: string | null
  viewed_at: string | null
  accepted_at: string | null
  rejected_at: string | null
  rejection_reason: string | null
  notes: string | null
  requires_signature: boolean
  salesperson: { id: string; name: string; email: string } | null
  lines?: QuoteLine[]
  line_count?: number
  subtotal: number
  discount_total: number
  tax_total: number
  total: number
  can_accept: boolean
  acceptance: { accepted_by_name: string; accepted_at: string; signature_name: string | null; version: number } | null
  order: QuoteOrder | null
  versions?: { version: number; status: "draft" | "sent" | "superseded"; sent_at: string | null }[]
  unread_messages?: number
}

export type QuoteMessage = {
  id: string
  author_type: "client" | "staff"
  author_name: string | null
  body: string
  created_at: string
}

export type QuoteListItem = Omit<PortalQuote, "order"> & { order: Omit<QuoteOrder, "total"> | null }

export type QuoteList = { quotes: QuoteListItem[]; count: number; offset: number; limit: number }

export const QUOTES_PAGE_SIZE = 20

/** The account's quotes, newest first, optionally of some statuses only. Cached per request. */
export const listQuotes = cache(
  async (statuses: readonly string[] = [], offset: number = 0, limit: number = QUOTES_PAGE_SIZE): Promise<QuoteList> => {
    const query: Record<string, string | number> = { limit, offset, order: "-created_at" }
    if (statuses.length) query.status = statuses.join(",")
    return sdk.client.fetch<QuoteList>("/store/portal/quotes", {
      method: "GET",
      query,
      headers: await sessionHeaders(),
      cache: "no-store",
    })
  }
)

/** One quote, or null when it does not exist or belongs to another account (the backend's 404 for both). */
export const retrieveQuote = cache(async (id: string): Promise<PortalQuote | null> => {
  try {
    const { quote } = await sdk.client.fetch<{ quote: PortalQuote }>(`/store/portal/quotes/${encodeURIComponent(id)}`, {
      method: "GET",
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return quote
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
})

export async function listQuoteMessages(id: string): Promise<QuoteMessage[]> {
  return fetchAllPages<QuoteMessage>(`/store/portal/quotes/${encodeURIComponent(id)}/messages`, "messages", await sessionHeaders())
}

/**
 * Why a quote action failed: `refused` carries the backend's own explanation (expired, superseded, already
 * accepted…), which the page shows under a translated heading.
 */
export type QuoteFailure =
  | { reason: "forbidden" }
  | { reason: "not_found" }
  | { reason: "refused"; message: string | undefined }
  | { reason: "unavailable" }

export type QuoteResult<T> = ({ ok: true } & T) | ({ ok: false } & QuoteFailure)

async function post<T>(path: string, body: object, step: string): Promise<QuoteResult<T>> {
  try {
    const answer = await sdk.client.fetch<T>(path, { method: "POST", body, headers: await sessionHeaders(), cache: "no-store" })
    return { ok: true, ...answer }
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 401 || status === 403) return { ok: false, reason: "forbidden" }
    if (status === 404) return { ok: false, reason: "not_found" }
    if (status !== undefined && status >= 400 && status < 500) {
      return { ok: false, reason: "refused", message: error instanceof Error ? error.message : undefined }
    }
    console.warn(`[portal] ${step} failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}

const quotePath = (id: string, action: string) => `/store/portal/quotes/${encodeURIComponent(id)}/${action}`

/** `version` is the one the client read: accepting a version staff have since replaced is refused. */
export function acceptQuote(id: string, version: number, selectedOptionalLineIds: string[], signatureName: string | undefined) {
  return post<{ quote: PortalQuote; order: { id: string; display_id: number } }>(
    quotePath(id, "accept"),
    { version, selected_optional_line_ids: selectedOptionalLineIds, ...(signatureName ? { signature_name: signatureName } : {}) },
    "quote acceptance"
  )
}

export function rejectQuote(id: string, reason: string) {
  return post<{ quote: PortalQuote }>(quotePath(id, "reject"), { reason }, "quote rejection")
}

export function postQuoteMessage(id: string, body: string) {
  return post<{ message: QuoteMessage }>(quotePath(id, "messages"), { body }, "quote message")
}
