import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** A machine's own columns: what a list item shows, and what only its page shows. */
export type EquipmentListColumns = {
  id: string
  account_id: string
  site_id: string
  variant_id: string | null
  serial_number: string
  name: string
  brand: string | null
  status: string
  installation_date: Date | null
  warranty_end: Date | null
  next_due_date: Date | null
  next_due_plan_id: string | null
}

export type EquipmentRecord = EquipmentListColumns & { notes: string | null; created_at: Date; updated_at: Date }

/** The columns of an EquipmentRecord: what the SQL here selects, and the lists' default fields. */
export const EQUIPMENT_COLUMNS: (keyof EquipmentRecord)[] = [
  "id",
  "account_id",
  "site_id",
  "variant_id",
  "serial_number",
  "name",
  "brand",
  "status",
  "installation_date",
  "warranty_end",
  "notes",
  "next_due_date",
  "next_due_plan_id",
  "created_at",
  "updated_at",
]

export type EquipmentFileRecord = { id: string; kind: string; name: string; mime_type: string | null }

export type LogEntryRecord = {
  id: string
  performed_at: Date
  kind: string
  description: string
  technician: string | null
  duration_minutes: number | null
  parts: unknown[] | null
  meter_values: unknown[] | null
}

export type PlanRecord = {
  id: string
  name: string
  interval_days: number | null
  interval_units: number | null
  meter_id: string | null
  last_done_at: Date | null
  last_done_value: number | null
}

export type MeterRecord = { id: string; name: string; kind: string; unit: string }

/** A machine with everything its page shows, as loadEquipmentDetail reads it. */
export type EquipmentDetailRecord = {
  equipment: EquipmentRecord
  site_name: string | null
  account_name: string | null
  model: string | null
  files: EquipmentFileRecord[]
  maintenance_log: LogEntryRecord[]
  plans: PlanRecord[]
  meters: MeterRecord[]
}

/** The log is long-lived; a page shows the latest entries. */
export const LOG_ENTRIES_SHOWN = 200

const EQUIPMENT_SELECT = EQUIPMENT_COLUMNS.map((column) => `e.${column}`).join(", ")

/**
 * A machine's model as the catalogue names it, the product's title else the variant's, for a statement over
 * `fleet_equipment e`: the column, and the joins it needs.
 */
export const CATALOGUE_MODEL = {
  column: "coalesce(pr.title, v.title) as model",
  joins: `left join product_variant v on v.id = e.variant_id and v.deleted_at is null
left join product pr on pr.id = v.product_id`,
}

/**
 * Read-only, like the Query graph: the site's name from the client-account module's table (a soft-deleted
 * site keeps its name on the machine), the account's name, and the model's name from Medusa's catalogue (the
 * product's title, else the variant's). Files, log, plans and meters come as JSON arrays of the same row.
 */
const DETAIL_SQL = `
select ${EQUIPMENT_SELECT},
  s.name as site_name, a.name as account_name, ${CATALOGUE_MODEL.column},
  (select coalesce(json_agg(f order by f.created_at, f.id), '[]') from (
     select id, kind, name, mime_type, created_at from fleet_equipment_file
     where equipment_id = e.id and deleted_at is null) f) as files,
  (select coalesce(json_agg(l order by l.performed_at desc, l.id), '[]') from (
     select id, performed_at, kind, description, technician, duration_minutes, parts, meter_values
     from fleet_maintenance_log_entry where equipment_id = e.id and deleted_at is null
     order by performed_at desc, id limit ${LOG_ENTRIES_SHOWN}) l) as maintenance_log,
  (select coalesce(json_agg(pl order by pl.name, pl.id), '[]') from (
     select id, name, interval_days, interval_units, meter_id, last_done_at, last_done_value
     from fleet_maintenance_plan where equipment_id = e.id and deleted_at is null) pl) as plans,
  (select coalesce(json_agg(m order by m.name, m.id), '[]') from (
     select id, name, kind, unit from fleet_meter where equipment_id = e.id and deleted_at is null) m) as meters
from fleet_equipment e
left join client_site s on s.id = e.site_id
left join client_account a on a.id = e.account_id and a.deleted_at is null
${CATALOGUE_MODEL.joins}
where e.id = :id and e.deleted_at is null and (:account::text is null or e.account_id = :account)`

// JSON carries timestamps as text; the API answers them as the Dates every other read gives.
const asDate = (value: string | null) => (value === null ? null : new Date(value))

/**
 * A machine and everything its page shows, in one statement: the page is read far more often than it
 * changes, and eight ORM round trips cost more than the rows. With `account_id`, only that account's
 * machine; null when there is none.
 */
export async function loadEquipmentDetail(
  container: MedusaContainer,
  { id, account_id = null }: { id: string; account_id?: string | null }
): Promise<EquipmentDetailRecord | null> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(DETAIL_SQL, { id, account: account_id })
  const row = rows[0]
  if (!row) return null
  const { site_name, account_name, model, files, maintenance_log, plans, meters, ...equipment } = row
  return {
    equipment,
    site_name,
    account_name,
    model,
    files,
    maintenance_log: maintenance_log.map((entry: LogEntryRecord & { performed_at: string }) => ({
      ...entry,
      performed_at: asDate(entry.performed_at),
    })),
    plans: plans.map((plan: PlanRecord & { last_done_at: string | null }) => ({ ...plan, last_done_at: asDate(plan.last_done_at) })),
    meters,
  }
}

/** A machine's own columns, by id (and account when given): what routes check before they act on it. */
export async function findEquipmentRecord(
  container: MedusaContainer,
  { id, account_id = null }: { id: string; account_id?: string | null }
): Promise<EquipmentRecord | null> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select ${EQUIPMENT_SELECT} from fleet_equipment e
     where e.id = :id and e.deleted_at is null and (:account::text is null or e.account_id = :account)`,
    { id, account: account_id }
  )
  return rows[0] ?? null
}

/** A meter of a given machine, by id; null when the machine has no such meter. */
export async function findMeterRecord(
  container: MedusaContainer,
  { id, equipment_id }: { id: string; equipment_id: string }
): Promise<MeterRecord | null> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `select id, name, kind, unit from fleet_meter where id = ? and equipment_id = ? and deleted_at is null`,
    [id, equipment_id]
  )
  return rows[0] ?? null
}
