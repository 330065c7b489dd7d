import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { QuoteStatus } from "../../modules/quote/statuses"
import { sumTotals, type QuoteTotals } from "./totals"

export type QuotePageFilters = {
  /** Who reads: a client sees sent quotes only, and each quote's latest sent version. */
  audience: "client" | "staff"
  account_id?: string
  /** A site-limited reader's sites: only quotes of these sites, never an account-wide one (no site). */
  site_ids?: string[]
  order_id?: string
  /** Statuses as readers mean them: a sent or viewed quote past its date is expired. */
  statuses?: QuoteStatus[]
  q?: string
}

/** A quote's own columns as a list item shows them, with the figures of the version the reader sees. */
export type QuotePageRow = {
  id: string
  number: string
  title: string
  status: QuoteStatus
  current_version: number
  currency_code: string
  account_id: string
  site_id: string | null
  region_id: string
  valid_until: Date
  sent_at: Date | null
  viewed_at: Date | null
  accepted_at: Date | null
  rejected_at: Date | null
  rejection_reason: string | null
  cancelled_at: Date | null
  notes: string | null
  requires_signature: boolean
  salesperson_id: string | null
  order_id: string | null
  accepted_version: number | null
  accepted_by_name: string | null
  accepted_ip: string | null
  signature_name: string | null
  created_at: Date
  updated_at: Date
  /** The version shown (null when the quote has none the reader may see). */
  shown_version: number | null
  line_count: number
  totals: QuoteTotals
}

const SORTABLE = new Set(["number", "title", "status", "valid_until", "sent_at", "created_at", "updated_at"])

const COLUMNS = `q.id, q.number, q.title, q.status, q.current_version, q.currency_code, q.account_id, q.site_id, q.region_id,
  q.valid_until, q.sent_at, q.viewed_at, q.accepted_at, q.rejected_at, q.rejection_reason, q.cancelled_at, q.notes,
  q.requires_signature, q.salesperson_id, q.order_id, q.accepted_version, q.accepted_line_ids, q.accepted_by_name,
  q.accepted_ip, q.signature_name, q.created_at, q.updated_at`

/**
 * Every filter is in the text and switched off by a null parameter (as the fleet's list does), so the
 * statement is one text whatever the side.
 */
const FILTERS = `q.deleted_at is null
  and (:account::text is null or q.account_id = :account)
  and (:sites::text[] is null or q.site_id = any(:sites::text[]))
  and (not :client::boolean or q.sent_at is not null)
  and (:order_id::text is null or q.order_id = :order_id)
  and (:like::text is null or q.number ilike :like or q.title ilike :like)
  and (:statuses::text[] is null
    or (case when q.status in ('sent', 'viewed') and q.valid_until <= :now then 'expired' else q.status end) = any(:statuses::text[]))`

/**
 * The version a reader sees (the accepted one, else staff's current one or the client's latest sent one)
 * and the totals of its selected lines: the lines the client took once accepted, else the default selection
 * (every required line and the optional lines staff ticked). The selected lines' amounts are summed by the
 * same `sumTotals` as the quote's page, so both show the same figures to the cent.
 */
const SHOWN_VERSION = `
left join lateral (
  select v.id, v.version from quote_version v
  where v.quote_id = p.id and v.deleted_at is null
    and case
      when p.accepted_version is not null then v.version = p.accepted_version
      when :client::boolean then v.status <> 'draft'
      else v.version = p.current_version
    end
  order by v.version desc limit 1
) v on true
left join lateral (
  select count(l.id) as line_count,
    coalesce(json_agg(json_build_object('subtotal', l.subtotal, 'discount_total', l.discount_total,
      'tax_total', l.tax_total, 'total', l.total)) filter (where s.selected), '[]') as selected_lines
  from quote_line l
  cross join lateral (
    select case
      when v.version = p.accepted_version and p.accepted_line_ids is not null then l.id = any(p.accepted_line_ids)
      else not l.is_optional or l.selected
    end as selected
  ) s
  where l.version_id = v.id and l.deleted_at is null
) t on true`

/**
 * One page of quotes with what a list item shows and the count under the same filters, in one statement for
 * clients and staff alike: the list used to load every version's every line through the ORM to add up each
 * quote's total, which cost more than the page itself. The page is cut first (on the quote table's own
 * indexes) and only its quotes' versions and lines are read.
 */
export async function listQuotePage(
  container: MedusaContainer,
  filters: QuotePageFilters,
  { skip, take, order }: { skip: number; take: number; order?: Record<string, string> }
): Promise<{ rows: QuotePageRow[]; count: number }> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const sorting = Object.entries(order ?? { created_at: "DESC" }).map(([column, direction]) => {
    if (!SORTABLE.has(column)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `order cannot sort by ${column}`)
    return `${column} ${direction.toUpperCase() === "DESC" ? "desc" : "asc"}`
  })
  const ordering = [...sorting, "id asc"]
  const bindings = {
    account: filters.account_id ?? null,
    sites: filters.site_ids ?? null,
    client: filters.audience === "client",
    order_id: filters.order_id ?? null,
    like: filters.q ? `%${filters.q}%` : null,
    statuses: filters.statuses?.length ? filters.statuses : null,
    now: new Date(),
  }
  const { rows } = await knex.raw(
    `with p as (
       select ${COLUMNS}, count(*) over () as total_count from quote q where ${FILTERS}
       order by ${ordering.map((o) => `q.${o}`).join(", ")} offset :skip limit :take
     )
     select p.*, v.version as shown_version, coalesce(t.line_count, 0)::int as line_count,
       coalesce(t.selected_lines, '[]') as selected_lines
     from p ${SHOWN_VERSION}
     order by ${ordering.map((o) => `p.${o}`).join(", ")}`,
    { ...bindings, skip, take }
  )
  type Row = Omit<QuotePageRow, "totals"> & { total_count: string; accepted_line_ids: string[] | null; selected_lines: QuoteTotals[] }
  const page = (rows as Row[]).map(({ selected_lines, total_count: _count, accepted_line_ids: _accepted, ...row }) => ({
    ...row,
    totals: sumTotals(selected_lines),
  }))
  if (rows.length || !skip) return { rows: page, count: rows.length ? Number(rows[0].total_count) : 0 }
  // A page past the end has no row to carry the total.
  const { rows: counted } = await knex.raw(`select count(*) as total from quote q where ${FILTERS}`, bindings)
  return { rows: [], count: Number(counted[0].total) }
}
