import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../modules/quote"
import type QuoteModuleService from "../../modules/quote/service"
import type { QuoteStatus } from "../../modules/quote/statuses"
import type { RecordScope } from "../portal-actor"
import type { QuotePageRow } from "./quote-page"
import { sumTotals, type QuoteTotals } from "./totals"

type QuoteRecord = Awaited<ReturnType<QuoteModuleService["retrieveQuote"]>>
type VersionRecord = QuoteRecord["versions"][number]
type LineRecord = VersionRecord["lines"][number]

/** Who reads the quote: a client sees only what was sent; staff see drafts, the history and the IP. */
export type Audience = { kind: "client"; can_approve: boolean } | { kind: "staff" }

const money = (value: unknown) => Number(value ?? 0)

/** Sent and viewed quotes count as expired once their date has passed, even before the expiry job runs. */
export function effectiveStatus(quote: Pick<QuoteRecord, "status" | "valid_until">, now = new Date()): QuoteStatus {
  return (quote.status === "sent" || quote.status === "viewed") && new Date(quote.valid_until) <= now ? "expired" : quote.status
}

/** The version a reader sees: the accepted one, else the client's latest sent one, else (staff) the current one. */
function shownVersion(quote: QuoteRecord, audience: Audience, requested?: number): VersionRecord | undefined {
  const versions = [...(quote.versions ?? [])].sort((a, b) => b.version - a.version)
  if (requested !== undefined) {
    const version = versions.find((v) => v.version === requested && (audience.kind === "staff" || v.status !== "draft"))
    if (!version) throw new MedusaError(MedusaError.Types.NOT_FOUND, `version: quote ${quote.number} has no version ${requested}`)
    return version
  }
  if (quote.accepted_version) return versions.find((v) => v.version === quote.accepted_version)
  if (audience.kind === "staff") return versions.find((v) => v.version === quote.current_version)
  return versions.find((v) => v.status !== "draft")
}

function presentLine(line: LineRecord, selected: boolean) {
  return {
    id: line.id,
    variant_id: line.variant_id,
    product_title: line.product_title,
    variant_title: line.variant_title,
    sku: line.sku,
    title: line.title,
    description: line.description,
    quantity: line.quantity,
    unit_price: money(line.unit_price),
    is_tax_inclusive: line.is_tax_inclusive,
    discount_percent: line.discount_percent,
    is_optional: line.is_optional,
    selected,
    subtotal: money(line.subtotal),
    discount_total: money(line.discount_total),
    tax_total: money(line.tax_total),
    total: money(line.total),
  }
}

type RelatedRecords = { salesperson?: { id: string; name: string; email: string } | null; order?: Record<string, unknown> | null }

/** A quote's own columns, as read by the ORM or by the list's statement. */
type QuoteColumns = Pick<
  QuoteRecord,
  | "id" | "number" | "title" | "status" | "current_version" | "currency_code" | "account_id" | "site_id" | "region_id"
  | "valid_until" | "sent_at" | "viewed_at" | "accepted_at" | "rejected_at" | "rejection_reason" | "cancelled_at"
  | "notes" | "requires_signature" | "salesperson_id" | "accepted_version" | "accepted_by_name" | "accepted_ip"
  | "signature_name" | "created_at" | "updated_at"
>

/**
 * What the quote's page and a list item both show: the quote, the version the reader sees (its number, how
 * many lines it has and the totals of its selected lines), and what the reader may do.
 */
function presentSummary(
  quote: QuoteColumns,
  audience: Audience,
  shown: { version: number | null; line_count: number; totals: QuoteTotals },
  extra: RelatedRecords
) {
  const status = effectiveStatus(quote)
  return {
    id: quote.id,
    number: quote.number,
    title: quote.title,
    status,
    version: shown.version ?? quote.current_version,
    current_version: quote.current_version,
    currency_code: quote.currency_code,
    account_id: quote.account_id,
    site_id: quote.site_id,
    region_id: quote.region_id,
    valid_until: quote.valid_until,
    sent_at: quote.sent_at,
    viewed_at: quote.viewed_at,
    accepted_at: quote.accepted_at,
    rejected_at: quote.rejected_at,
    rejection_reason: quote.rejection_reason,
    cancelled_at: quote.cancelled_at,
    notes: quote.notes,
    requires_signature: quote.requires_signature,
    salesperson_id: quote.salesperson_id,
    salesperson: extra.salesperson ?? null,
    line_count: shown.line_count,
    ...shown.totals,
    can_accept:
      audience.kind === "client" &&
      audience.can_approve &&
      (status === "sent" || status === "viewed") &&
      shown.version === quote.current_version,
    acceptance: quote.accepted_at
      ? {
          accepted_by_name: quote.accepted_by_name,
          accepted_at: quote.accepted_at,
          signature_name: quote.signature_name,
          version: quote.accepted_version,
          ...(audience.kind === "staff" ? { ip: quote.accepted_ip } : {}),
        }
      : null,
    order: extra.order ?? null,
    created_at: quote.created_at,
    updated_at: quote.updated_at,
  }
}

/**
 * The quote as the contract describes it. Totals are those of the default selection of optional lines, or
 * of the lines the client took once accepted.
 */
export function presentQuote(quote: QuoteRecord, audience: Audience, extra: RelatedRecords & { version?: number } = {}) {
  const version = shownVersion(quote, audience, extra.version)
  // The lines the client took apply to the version accepted; any other version shows its default selection.
  const accepted = version && version.version === quote.accepted_version ? ((quote.accepted_line_ids as string[] | null) ?? null) : null
  const lines = [...(version?.lines ?? [])]
    .sort((a, b) => a.rank - b.rank)
    .map((line) => presentLine(line, accepted ? accepted.includes(line.id) : !line.is_optional || line.selected))
  const visibleVersions = [...(quote.versions ?? [])]
    .filter((v) => audience.kind === "staff" || v.status !== "draft")
    .sort((a, b) => a.version - b.version)
  const summary = presentSummary(
    quote,
    audience,
    { version: version?.version ?? null, line_count: lines.length, totals: sumTotals(lines.filter((l) => l.selected)) },
    extra
  )
  return { ...summary, lines, versions: visibleVersions.map((v) => ({ version: v.version, status: v.status, sent_at: v.sent_at })) }
}

export type PresentedQuote = ReturnType<typeof presentQuote>

/** A list item: the quote with the figures of the version the reader sees, without its lines and versions. */
export function presentListItem(row: QuotePageRow, audience: Audience, extra: RelatedRecords) {
  return presentSummary(row, audience, { version: row.shown_version, line_count: row.line_count, totals: row.totals }, extra)
}

/**
 * Loads one quote for a reader. A client gets 404 for a quote outside their scope (another account's,
 * another site's or, for a site-limited reader, an account-wide one) and for a quote never sent, exactly as
 * for a missing one.
 */
export async function loadQuote(container: MedusaContainer, id: string, audience: Audience, scope?: RecordScope) {
  const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const filters: Record<string, unknown> = { ...scope, id }
  if (audience.kind === "client") filters.sent_at = { $ne: null }
  const [quote] = await service.listQuotes(filters, { relations: ["versions", "versions.lines"] })
  if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote with id: ${id} was not found`)
  return quote as QuoteRecord
}

/**
 * The salespeople and orders of some quotes, fetched once for a page. A list leaves the orders' totals out:
 * Medusa computes an order's totals from its items, which cost a list of accepted quotes several times its
 * own statement, and no list shows them (a quote's page does).
 */
export async function loadQuoteRelations<Q extends Pick<QuoteRecord, "salesperson_id" | "order_id">>(
  container: MedusaContainer,
  quotes: Q[],
  { orderTotals = true }: { orderTotals?: boolean } = {}
) {
  const userIds = [...new Set(quotes.map((q) => q.salesperson_id).filter((id): id is string => !!id))]
  const orderIds = [...new Set(quotes.map((q) => q.order_id).filter((id): id is string => !!id))]
  const users = userIds.length ? await container.resolve(Modules.USER).listUsers({ id: userIds }) : []
  const { data: orders } = orderIds.length
    ? await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: ["id", "display_id", "currency_code", "status", ...(orderTotals ? ["total", "subtotal", "tax_total"] : [])],
        filters: { id: orderIds },
      })
    : { data: [] }
  return (quote: Q) => {
    const user = users.find((u) => u.id === quote.salesperson_id)
    const order = (orders as { id: string; total: unknown }[]).find((o) => o.id === quote.order_id)
    return {
      salesperson: user
        ? { id: user.id, name: [user.first_name, user.last_name].filter(Boolean).join(" ") || user.email, email: user.email }
        : null,
      order: order ? { ...order, ...(orderTotals ? { total: Number(order.total) } : {}) } : null,
    }
  }
}
