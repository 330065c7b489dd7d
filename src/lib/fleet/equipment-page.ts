import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { CATALOGUE_MODEL, type EquipmentListColumns } from "./equipment-detail"
import { ON_RENT_SQL } from "../rental/on-rent"
import { dueSoonLimit } from "./next-due"

export type EquipmentPageFilters = {
  account_id: string
  /** null: every site of the account. */
  site_ids: string[] | null
  status?: string
  due_soon?: boolean
  q?: string
}

export type EquipmentPageRow = EquipmentListColumns & {
  site_name: string | null
  plan_name: string | null
  photo_id: string | null
  /** The catalogue's name of the machine's model: its product's title, else its variant's. */
  model: string | null
}

/** Columns a client may sort the list by; anything else is refused rather than passed to SQL. */
/** The columns a machines list may be sorted by, for clients and staff alike. */
export const EQUIPMENT_SORTABLE = ["name", "serial_number", "brand", "status", "installation_date", "warranty_end", "next_due_date", "created_at", "updated_at"] as const
const SORTABLE = new Set<string>(EQUIPMENT_SORTABLE)

/**
 * The account's own machines and, while they are out, the business's machines on rent to it (see
 * ON_RENT_SQL), each once with the site it shows (its own, or the reservation's for a machine on rent). Every
 * filter is in the text and switched off by a null parameter, so the statement is the same text for every call
 * but its order (PostgreSQL plans each call with its values, so an unused filter costs nothing). The two sets
 * are a union rather than an `or`: with an `or` between the account and the rentals PostgreSQL can use neither
 * index and scans every machine. The union carries each machine's site, so the page needs no second reading of
 * the rentals per machine: that lateral join made the statement's join tree so large that PostgreSQL took
 * 10.8 ms to plan what ran in 1.9 ms (EXPLAIN ANALYZE on the bench's data at 10x; now 1.6 + 0.5 ms).
 */
const VISIBLE = `visible as (
  select distinct on (id) id, site_id from (
    select own.id, own.site_id, 0 as rank from fleet_equipment own
     where own.account_id = :account and own.deleted_at is null
    union all
    select on_rent.equipment_id, on_rent.site_id, 1 from (${ON_RENT_SQL}) on_rent
  ) machines
  where :sites::text[] is null or machines.site_id = any(:sites::text[])
  order by id, rank)`

const FILTERS = `e.deleted_at is null
  and (:status::text is null or e.status = :status)
  and (:due_before::timestamptz is null or e.next_due_date <= :due_before)
  and (:like::text is null or e.serial_number ilike :like or e.name ilike :like or e.brand ilike :like)`

const PAGE_SQL = `
with ${VISIBLE}
select e.id, e.account_id, m.site_id, s.name as site_name, e.variant_id, ${CATALOGUE_MODEL.column},
  e.serial_number, e.name, e.brand, e.status, e.installation_date, e.warranty_end, e.next_due_date,
  e.next_due_plan_id, p.name as plan_name,
  (select f.id from fleet_equipment_file f where f.equipment_id = e.id and f.kind = 'photo' and f.deleted_at is null
    order by f.created_at asc limit 1) as photo_id,
  count(*) over () as total
from visible m
join fleet_equipment e on e.id = m.id
left join client_site s on s.id = m.site_id
left join fleet_maintenance_plan p on p.id = e.next_due_plan_id and p.deleted_at is null
${CATALOGUE_MODEL.joins}
where ${FILTERS}`

/**
 * One page of an account's machines with what a list item shows (site name, model, next due plan's name,
 * first photo) and the count under the same filters, in one statement: the list is read far more often than
 * it changes, and six ORM round trips per page cost more than the rows. Read-only, like the Query graph: the
 * site's name comes from the client-account module's table (soft-deleted sites keep their name on the
 * machine), the model's from Medusa's catalogue, plans and photos only when not deleted.
 */
export async function listEquipmentPage(
  container: MedusaContainer,
  filters: EquipmentPageFilters,
  { skip, take, order }: { skip: number; take: number; order?: Record<string, string> }
): Promise<{ rows: EquipmentPageRow[]; count: number }> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const sorting = Object.entries(order ?? { name: "ASC" }).map(([column, direction]) => {
    if (!SORTABLE.has(column)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `order cannot sort by ${column}`)
    return `e.${column} ${direction.toUpperCase() === "DESC" ? "desc" : "asc"}`
  })
  const bindings = {
    account: filters.account_id,
    sites: filters.site_ids,
    status: filters.status ?? null,
    due_before: filters.due_soon ? dueSoonLimit() : null,
    like: filters.q ? `%${filters.q}%` : null,
  }
  const { rows }: { rows: (EquipmentPageRow & { total: string })[] } = await knex.raw(
    `${PAGE_SQL} order by ${[...sorting, "e.id asc"].join(", ")} offset :skip limit :take`,
    { ...bindings, skip, take }
  )
  if (rows.length || !skip) return { rows, count: rows.length ? Number(rows[0].total) : 0 }
  // A page past the end has no row to carry the total.
  const { rows: counted } = await knex.raw(`with ${VISIBLE} select count(*) as total from visible m join fleet_equipment e on e.id = m.id where ${FILTERS}`, bindings)
  return { rows: [], count: Number(counted[0].total) }
}
