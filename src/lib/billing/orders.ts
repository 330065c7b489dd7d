import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"
import { BILLING_MODULE } from "../../modules/billing"
import { ORDER_PAD_SOURCE, type DeliveryNote, type OrderDetail, type OrderListItem } from "../../modules/billing/contract"
import type BillingModuleService from "../../modules/billing/service"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { QUOTE_MODULE } from "../../modules/quote"
import type QuoteModuleService from "../../modules/quote/service"
import { clientLines as clientLinesOf } from "../documents/pdf-document"
import { sitesCover } from "../portal-actor"
import { inEntryOrder } from "./line-order"

/** Who reads orders: an account, narrowed to sites (null: every site, as recordScope). */
export type OrderReader = { account_id: string; site_ids: string[] | null }

type QuoteOfOrder = { id: string; number: string; site_id: string | null }

/** The account's orders as Medusa filters, and what tells each order's site and quote. */
export type OrderScope = {
  /** Null when the reader can see no order at all. */
  filters: Record<string, unknown> | null
  quoteOf: (orderId: string) => QuoteOfOrder | null
  siteOf: (order: { id: string; metadata?: Record<string, unknown> | null }) => string | null
}

const LIST_FIELDS = ["id", "display_id", "status", "created_at", "currency_code", "total", "email", "customer_id", "metadata", "items.quantity"]
const DETAIL_FIELDS = [
  ...LIST_FIELDS,
  "subtotal",
  "tax_total",
  "shipping_total",
  "region_id",
  "sales_channel_id",
  "items.id",
  "items.created_at",
  "items.title",
  "items.variant_sku",
  "items.variant_id",
  "items.unit_price",
  "items.subtotal",
  "items.tax_total",
  "items.total",
  "shipping_address.*",
  "fulfillments.id",
  "fulfillments.created_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
  "fulfillments.items.title",
  "fulfillments.items.sku",
  "fulfillments.items.quantity",
  "fulfillments.items.line_item_id",
  "fulfillments.labels.tracking_number",
  "fulfillments.labels.tracking_url",
]

/**
 * The orders an account's reader may see: every order placed by one of its members (past members included),
 * each on the site its metadata or its quote names. A reader limited to sites sees only orders of those sites,
 * never account-wide ones (the rule of recordScope).
 */
export async function orderScope(container: MedusaContainer, reader: OrderReader): Promise<OrderScope> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const [members, quoted] = await Promise.all([
    accounts.listAccountMembers({ account_id: reader.account_id }, { select: ["customer_id"], withDeleted: true }),
    quotes.listQuotes({ account_id: reader.account_id, order_id: { $ne: null } }, { select: ["id", "number", "site_id", "order_id"] }),
  ])
  const byOrder = new Map(quoted.map((q) => [q.order_id as string, { id: q.id, number: q.number, site_id: q.site_id ?? null }]))
  const quoteOf = (orderId: string) => byOrder.get(orderId) ?? null
  const siteOf = (order: { id: string; metadata?: Record<string, unknown> | null }) => {
    const fromMetadata = order.metadata?.site_id
    return typeof fromMetadata === "string" ? fromMetadata : (quoteOf(order.id)?.site_id ?? null)
  }
  const customerIds = [...new Set(members.map((m) => m.customer_id))]
  if (!customerIds.length) return { filters: null, quoteOf, siteOf }
  const base = { customer_id: customerIds, is_draft_order: false }
  if (reader.site_ids === null) return { filters: base, quoteOf, siteOf }
  // A site-limited reader: the account's orders are read once (ids and metadata only) to keep those of its sites.
  const { data } = await container.resolve("query").graph({ entity: "order", fields: ["id", "metadata"], filters: base })
  const visible = (data as { id: string; metadata: Record<string, unknown> | null }[]).filter((o) => sitesCover(reader.site_ids, siteOf(o))).map((o) => o.id)
  return { filters: visible.length ? { ...base, id: visible } : null, quoteOf, siteOf }
}

type MedusaOrder = {
  id: string
  display_id: number
  status: string
  payment_status: string
  fulfillment_status: string
  created_at: string | Date
  currency_code: string
  total: unknown
  subtotal?: unknown
  tax_total?: unknown
  shipping_total?: unknown
  email: string | null
  customer_id: string | null
  metadata: Record<string, unknown> | null
  region_id?: string
  sales_channel_id?: string | null
  items: { id: string; created_at: string | Date; title: string; variant_sku: string | null; variant_id: string | null; quantity: unknown; unit_price: unknown; subtotal: unknown; tax_total: unknown; total: unknown }[]
  shipping_address?: Record<string, string | null> | null
  fulfillments?: {
    id: string
    created_at: string | Date
    shipped_at: string | Date | null
    delivered_at: string | Date | null
    canceled_at: string | Date | null
    items: { title: string; sku: string | null; quantity: unknown }[]
    labels: { tracking_number: string | null; tracking_url: string | null }[]
  }[]
}

export type OrderListFilters = { q?: string; status?: string[]; site_id?: string; skip: number; take: number; order?: Record<string, "ASC" | "DESC"> }

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null)

async function customerNames(container: MedusaContainer, ids: string[]) {
  if (!ids.length) return new Map<string, string>()
  const customers = await container.resolve(Modules.CUSTOMER).listCustomers({ id: ids }, { select: ["id", "first_name", "last_name", "email"] })
  return new Map(customers.map((c) => [c.id, [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email]))
}

/** A page of the reader's orders, newest first by default, each with its site, quote and statuses. */
export async function listAccountOrders(container: MedusaContainer, reader: OrderReader, list: OrderListFilters) {
  const scope = await orderScope(container, reader)
  if (!scope.filters) return { orders: [] as OrderListItem[], count: 0 }
  const filters: Record<string, unknown> = { ...scope.filters }
  if (list.status?.length) filters.status = list.status
  const q = list.q?.trim().replace(/^#/, "")
  if (q) {
    if (/^\d{1,9}$/.test(q)) filters.display_id = Number(q)
    else filters.q = q
  }
  if (list.site_id) {
    // Narrowing to one site: the ids of that site's orders among those the reader may see.
    const { data } = await container.resolve("query").graph({ entity: "order", fields: ["id", "metadata"], filters: scope.filters })
    const ids = (data as { id: string; metadata: Record<string, unknown> | null }[]).filter((o) => scope.siteOf(o) === list.site_id).map((o) => o.id)
    if (!ids.length) return { orders: [], count: 0 }
    filters.id = ids
  }
  const { result } = await getOrdersListWorkflow(container).run({
    input: { fields: LIST_FIELDS, variables: { filters, skip: list.skip, take: list.take, order: list.order ?? { created_at: "DESC" } } },
  })
  const { rows, metadata } = result as unknown as { rows: MedusaOrder[]; metadata: { count: number } }
  const names = await customerNames(container, [...new Set(rows.map((r) => r.customer_id).filter((id): id is string => !!id))])
  return { orders: rows.map((o) => presentListItem(o, scope, names)), count: metadata.count }
}

function presentListItem(o: MedusaOrder, scope: OrderScope, names: Map<string, string>): OrderListItem {
  const quote = scope.quoteOf(o.id)
  return {
    id: o.id,
    display_id: o.display_id,
    status: o.status,
    payment_status: o.payment_status,
    fulfillment_status: o.fulfillment_status,
    created_at: iso(o.created_at)!,
    currency_code: o.currency_code,
    total: Number(o.total ?? 0),
    item_count: (o.items ?? []).reduce((sum, i) => sum + Number(i.quantity ?? 0), 0),
    site_id: scope.siteOf(o),
    quote: quote ? { id: quote.id, number: quote.number } : null,
    placed_by: (o.customer_id && names.get(o.customer_id)) || o.email,
  }
}

export type LoadedOrder = { order: OrderDetail; raw: MedusaOrder }

/** One order of the reader's, or 404 (another account's, another site's and a missing one alike). */
export async function loadAccountOrder(container: MedusaContainer, reader: OrderReader, id: string, pdfBase: string): Promise<LoadedOrder> {
  const scope = await orderScope(container, reader)
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${id} was not found`)
  if (!scope.filters) throw notFound
  // A site-limited reader's scope is a list of order ids: the id asked for must be one of them.
  const visible = scope.filters.id as string[] | undefined
  if (visible && !visible.includes(id)) throw notFound
  const { result } = await getOrdersListWorkflow(container).run({
    input: { fields: DETAIL_FIELDS, variables: { filters: { ...scope.filters, id }, skip: 0, take: 1 } },
  })
  const [raw] = (result as unknown as { rows: MedusaOrder[] }).rows
  if (!raw) throw notFound
  const names = await customerNames(container, raw.customer_id ? [raw.customer_id] : [])
  const invoices = await container
    .resolve<BillingModuleService>(BILLING_MODULE)
    .listInvoices({ order_id: raw.id, account_id: reader.account_id }, { select: ["id", "number", "kind", "status", "total"], order: { issue_date: "ASC" } })
  const base = `${pdfBase}/${raw.id}`
  const notes: DeliveryNote[] = (raw.fulfillments ?? []).map((f) => ({
    id: f.id,
    created_at: iso(f.created_at)!,
    shipped_at: iso(f.shipped_at),
    delivered_at: iso(f.delivered_at),
    canceled_at: iso(f.canceled_at),
    tracking: (f.labels ?? []).map((l) => ({ number: l.tracking_number, url: l.tracking_url })),
    items: (f.items ?? []).map((i) => ({ title: i.title, sku: i.sku, quantity: Number(i.quantity) })),
    pdf_url: `${base}/delivery-notes/${f.id}/pdf`,
  }))
  const order: OrderDetail = {
    ...presentListItem(raw, scope, names),
    items: inEntryOrder(raw.items ?? []).map((i) => ({
      id: i.id,
      title: i.title,
      sku: i.variant_sku,
      variant_id: i.variant_id,
      quantity: Number(i.quantity),
      unit_price: Number(i.unit_price),
      subtotal: Number(i.subtotal ?? 0),
      tax_total: Number(i.tax_total ?? 0),
      total: Number(i.total ?? 0),
    })),
    subtotal: Number(raw.subtotal ?? 0),
    tax_total: Number(raw.tax_total ?? 0),
    shipping_total: Number(raw.shipping_total ?? 0),
    shipping_address: raw.shipping_address
      ? Object.fromEntries(
          ["company", "first_name", "last_name", "address_1", "address_2", "postal_code", "city", "country_code", "phone"].map((k) => [k, raw.shipping_address?.[k] ?? null])
        )
      : null,
    delivery_notes: notes,
    invoices: invoices.map((i) => ({ id: i.id, number: i.number, kind: i.kind, status: i.status, total: Number(i.total) })),
    portal_payment: raw.metadata?.source === ORDER_PAD_SOURCE ? (raw.metadata.portal_payment === "online" ? "online" : "on_invoice") : null,
    pdf_url: `${base}/pdf`,
  }
  return { order, raw }
}

/** The client account as documents address it, and its language. */
export async function documentClient(container: MedusaContainer, accountId: string) {
  const account = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(accountId)
  return { locale: account.locale, lines: clientLinesOf(account) }
}
