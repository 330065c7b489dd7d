import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export const QUOTE_STATUSES = ["draft", "sent", "viewed", "accepted", "rejected", "expired", "cancelled"] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]

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

export type QuoteAcceptance = {
  accepted_by_name: string
  accepted_at: string
  signature_name: string | null
  version: number
  ip?: string | null
}

/** The order an accepted quote became; the list answers it without its total. */
export type QuoteOrder = { id: string; display_id: number; total: number; currency_code: string }

export type Quote = {
  id: string
  number: string
  title: string
  status: QuoteStatus
  version: number
  currency_code: string
  account_id: string
  account?: { id: string; name: string; number: string }
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
  acceptance: QuoteAcceptance | null
  order: QuoteOrder | null
  versions?: { version: number; status: "draft" | "sent" | "superseded"; sent_at: string | null }[]
  history?: { status: string; version: number | null; at: string; actor_name: string | null; note: string | null }[]
  messages?: number
  unread_messages?: number
}

export type QuoteMessage = {
  id: string
  author_type: "client" | "staff"
  author_name: string | null
  body: string
  created_at: string
}

export type QuoteLineBody = {
  variant_id?: string
  title?: string
  description?: string
  quantity: number
  unit_price?: number
  discount_percent?: number
  is_optional?: boolean
  selected?: boolean
}

/** The account is chosen when the quote is created and cannot change afterwards. */
export type QuoteBody = {
  account_id?: string
  title: string
  currency_code?: string
  valid_until: string
  notes?: string | null
  salesperson_id?: string | null
  requires_signature?: boolean
  lines: QuoteLineBody[]
}

export type QuoteListItem = Omit<Quote, "order"> & { order: Omit<QuoteOrder, "total"> | null }

type List<K extends string, T> = { [key in K]: T[] } & { count: number; offset: number; limit: number }

const KEY = "portal-quotes"
const quotesUrl = "/admin/portal/quotes"

export type QuoteFilters = {
  status?: string
  account_id?: string
  customer_id?: string
  order_id?: string
  q?: string
  limit: number
  offset: number
}

export function useQuotes(filters: QuoteFilters) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== ""))
  return useQuery({
    queryKey: [KEY, "list", query],
    queryFn: () => sdk.client.fetch<List<"quotes", QuoteListItem>>(quotesUrl, { query }),
    placeholderData: keepPreviousData,
  })
}

export function useQuote(id: string) {
  return useQuery({
    queryKey: [KEY, id],
    queryFn: () => sdk.client.fetch<{ quote: Quote }>(`${quotesUrl}/${id}`),
    select: (data) => data.quote,
    enabled: !!id,
  })
}

export function useQuoteMessages(id: string) {
  return useQuery({
    queryKey: [KEY, id, "messages"],
    queryFn: () =>
      sdk.client.fetch<List<"messages", QuoteMessage>>(`${quotesUrl}/${id}/messages`, { query: { limit: 100, offset: 0 } }),
    select: (data) => data.messages,
    enabled: !!id,
  })
}

/** Every write refreshes every quote query: the list, the detail and the widgets show the same quote. */
function useQuoteMutation<TBody, TResult>(path: string) {
  const queryClient = useQueryClient()
  return useMutation<TResult, FetchError, TBody>({
    mutationFn: (body) => sdk.client.fetch<TResult>(path, { method: "POST", body: body ?? undefined }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [KEY] }),
  })
}

export const useCreateQuote = () => useQuoteMutation<QuoteBody, { quote: Quote }>(quotesUrl)
export const useUpdateQuote = (id: string) => useQuoteMutation<QuoteBody, { quote: Quote }>(`${quotesUrl}/${id}`)
/** What a lifecycle action answers; sending also says which e-mails left. */
export type QuoteActionAnswer = { quote: Quote; emails?: { sent: string[]; failed: string[] } }
export const useSendQuote = (id: string) => useQuoteMutation<void, QuoteActionAnswer>(`${quotesUrl}/${id}/send`)
export const useReviseQuote = (id: string) => useQuoteMutation<void, QuoteActionAnswer>(`${quotesUrl}/${id}/revise`)
export const useCancelQuote = (id: string) => useQuoteMutation<void, QuoteActionAnswer>(`${quotesUrl}/${id}/cancel`)
export const useReplyToQuote = (id: string) =>
  useQuoteMutation<{ body: string }, { message: QuoteMessage }>(`${quotesUrl}/${id}/messages`)

/** Medusa's price of each variant for the account (its price lists included), in the currency's main unit. */
export function useVariantPrices(accountId: string, variantIds: string[], currencyCode: string) {
  const ids = [...new Set(variantIds)].sort()
  return useQuery({
    queryKey: [KEY, "variant-prices", accountId, ids, currencyCode],
    queryFn: () =>
      sdk.client.fetch<{ prices: Record<string, number | null> }>(`${quotesUrl}/variant-prices`, {
        query: { account_id: accountId, variant_ids: ids.join(","), currency_code: currencyCode },
      }),
    select: (data) => data.prices,
    enabled: !!accountId && ids.length > 0,
  })
}

export function useStaffUsers() {
  return useQuery({
    queryKey: [KEY, "users"],
    queryFn: () => sdk.admin.user.list({ limit: 100 }),
    select: (data) => data.users,
  })
}

/** Downloads a version's PDF with the staff session and hands it to the browser. */
export async function downloadQuotePdf(quote: Pick<Quote, "id" | "number">, version: number): Promise<void> {
  const base = import.meta.env.VITE_BACKEND_URL || ""
  const response = await fetch(`${base}${quotesUrl}/${quote.id}/pdf?version=${version}`, { credentials: "include" })
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`)
  const url = URL.createObjectURL(await response.blob())
  const link = document.createElement("a")
  link.href = url
  link.download = `${quote.number}-v${version}.pdf`
  link.click()
  URL.revokeObjectURL(url)
}
