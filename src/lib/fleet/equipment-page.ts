import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { dueSoonLimit } from "./next-due"

export type EquipmentPageFilters = {
  account_id: string
  /** null: every site of the account. */
  site_ids: string[] | null
  status?: string
  due_soon?: boolean
  q?: string
}

export type EquipmentPageRow = {
  id: string
  account_id: string
  site_id: string
  site_name: string | null
  variant_id: string | null
  serial_number: string
  name: string
  brand: string | null
  status: string
  installation_date: Date | null
  warranty_end: Date | null
  next_due_date: Date | null
  next_due_plan_id: string | null
  plan_name: string | null
  photo_id: string | null
}

/** Columns a client may sort the list by; anything else is refused rather than passed to SQL. */
const SORTABLE = new Set(["name", "serial_number", "brand", "status", "installation_date", "warranty_end", "next_due_date", "created_at", "updated_at"])

/**
 * One page of an account's machines with what a list item shows (site name, next due plan's name, first
 * photo) and the count under the same filters, in one statement: the list is read far more often than it
 * changes, and six ORM round trips per page cost more than the rows. Read-only, like the Query graph: the
 * site's name comes from the client-account module's table (soft-deleted sites keep their name on the
 * machine), plans and photos only when not deleted.
 */
export async function listEquipmentPage(
  container: MedusaContainer,
  filters: EquipmentPageFilters,
  { skip, take, order }: { skip: number; take: number; order?: Record<string, string> }
): Promise<{ rows: EquipmentPageRow[]; count: number }> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const where = (qb: Knex.QueryBuilder) => {
    qb.where("e.account_id", filters.account_id).whereNull("e.deleted_at")
    if (filters.site_ids) qb.whereIn("e.site_id", filters.site_ids)
    if (filters.status) qb.where("e.status", filters.status)
    if (filters.due_soon) qb.where("e.next_due_date", "<=", dueSoonLimit())
    if (filters.q) {
      const like = `%${filters.q}%`
      qb.where((or) => or.whereILike("e.serial_number", like).orWhereILike("e.name", like).orWhereILike("e.brand", like))
    }
  }
  const sorting = Object.entries(order ?? { name: "ASC" }).map(([column, direction]) => {
    if (!SORTABLE.has(column)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `order cannot sort by ${column}`)
    return { column: `e.${column}`, order: direction.toUpperCase() === "DESC" ? "desc" : "asc" }
  })
  const rows: (EquipmentPageRow & { total: string })[] = await knex("fleet_equipment as e")
    .select(
      "e.id",
      "e.account_id",
      "e.site_id",
      "s.name as site_name",
      "e.variant_id",
      "e.serial_number",
      "e.name",
      "e.brand",
      "e.status",
      "e.installation_date",
      "e.warranty_end",
      "e.next_due_date",
      "e.next_due_plan_id",
      "p.name as plan_name",
      knex.raw(
        `(select f.id from fleet_equipment_file f where f.equipment_id = e.id and f.kind = 'photo' and f.deleted_at is null
          order by f.created_at asc limit 1) as photo_id`
      ),
      knex.raw("count(*) over () as total")
    )
    .leftJoin("client_site as s", "s.id", "e.site_id")
    .leftJoin("fleet_maintenance_plan as p", (on) => on.on("p.id", "e.next_due_plan_id").andOnNull("p.deleted_at"))
    .where(where)
    .orderBy([...sorting, { column: "e.id", order: "asc" }])
    .offset(skip)
    .limit(take)
  if (rows.length || !skip) return { rows, count: rows.length ? Number(rows[0].total) : 0 }
  // A page past the end has no row to carry the total.
  const [{ total }] = await knex("fleet_equipment as e").count({ total: "*" }).where(where)
  return { rows: [], count: Number(total) }
}
