import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"
import { FLEET_MODULE } from "../../modules/fleet"
import type FleetModuleService from "../../modules/fleet/service"
import type { ReadingPoint } from "../../modules/fleet/service"
import type { EquipmentDetailRecord, EquipmentListColumns, EquipmentRecord } from "./equipment-detail"
import type { EquipmentPageRow } from "./equipment-page"
import { computePlanDue, dueState } from "./next-due"

/** Where files are served: the client route or the staff route, both checking who asks. */
export type FilesBase = "/store/portal/equipment" | "/admin/portal/equipment"

export const fileUrl = (base: FilesBase, equipmentId: string, fileId: string) => `${base}/${equipmentId}/files/${fileId}`

type EquipmentRow = EquipmentListColumns & Partial<Pick<EquipmentRecord, "notes" | "created_at">>

type ItemParts = {
  site_name: string | null
  plan_name: string | null
  photo_id: string | null
  model: string | null
  account?: { id: string; name: string } | null
}

function presentItem(row: EquipmentRow, parts: ItemParts, base: FilesBase, now: Date) {
  return {
    id: row.id,
    account_id: row.account_id,
    ...(parts.account !== undefined ? { account: parts.account } : {}),
    site_id: row.site_id,
    site: parts.site_name !== null ? { id: row.site_id, name: parts.site_name } : null,
    name: row.name,
    serial_number: row.serial_number,
    brand: row.brand,
    model: parts.model,
    variant_id: row.variant_id,
    status: row.status,
    installation_date: row.installation_date,
    warranty_end: row.warranty_end,
    next_due: row.next_due_date
      ? { date: row.next_due_date, plan_id: row.next_due_plan_id, plan_name: parts.plan_name, ...dueState(row.next_due_date, now) }
      : null,
    photo_url: parts.photo_id ? fileUrl(base, row.id, parts.photo_id) : null,
  }
}

/** What a machine's catalogue model is called, by variant id: the product's title, else the variant's. */
async function modelNames(container: MedusaContainer, variantIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(variantIds.filter((id): id is string => !!id))]
  if (!ids.length) return new Map()
  const variants = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ id: ids }, { select: ["id", "title", "product.title"], relations: ["product"] })
  return new Map(variants.map((v) => [v.id, v.product?.title ?? v.title]))
}

/** List items of a page read by listEquipmentPage, which already carries sites, models, plan names and photos. */
export function presentEquipmentPage(rows: EquipmentPageRow[], base: FilesBase) {
  const now = new Date()
  return rows.map((row) => presentItem(row, { site_name: row.site_name, plan_name: row.plan_name, photo_id: row.photo_id, model: row.model }, base, now))
}

/**
 * List items of machines: their site, model (the catalogue's product), next due plan and first photo,
 * each looked up once for the whole page.
 */
export async function presentEquipmentList(
  container: MedusaContainer,
  rows: EquipmentRow[],
  base: FilesBase,
  { withAccount = false }: { withAccount?: boolean } = {}
) {
  if (!rows.length) return []
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const planIds = rows.map((r) => r.next_due_plan_id).filter((id): id is string => !!id)
  const [sites, models, plans, photos, owners] = await Promise.all([
    accounts.listSites({ id: [...new Set(rows.map((r) => r.site_id))] }, { select: ["id", "name"], withDeleted: true }),
    modelNames(container, rows.map((r) => r.variant_id)),
    planIds.length ? fleet.listMaintenancePlans({ id: planIds }, { select: ["id", "name"] }) : [],
    fleet.listEquipmentFiles({ equipment_id: rows.map((r) => r.id), kind: "photo" }, { select: ["id", "equipment_id", "created_at"], order: { created_at: "ASC" } }),
    withAccount
      ? accounts.listClientAccounts({ id: [...new Set(rows.map((r) => r.account_id))] }, { select: ["id", "name"] })
      : [],
  ])
  const now = new Date()
  return rows.map((row) => {
    const owner = owners.find((a) => a.id === row.account_id)
    return presentItem(
      row,
      {
        site_name: sites.find((s) => s.id === row.site_id)?.name ?? null,
        plan_name: plans.find((p) => p.id === row.next_due_plan_id)?.name ?? null,
        photo_id: photos.find((f) => (f as unknown as { equipment_id: string }).equipment_id === row.id)?.id ?? null,
        model: row.variant_id ? models.get(row.variant_id) ?? null : null,
        ...(withAccount ? { account: owner ? { id: owner.id, name: owner.name } : null } : {}),
      },
      base,
      now
    )
  })
}

/**
 * A machine with its files, log (newest first), plans with their due state, and meters with their last
 * reading, from what loadEquipmentDetail read in one statement; the meters' states are one more.
 */
export async function presentEquipmentDetail(
  container: MedusaContainer,
  detail: EquipmentDetailRecord,
  base: FilesBase,
  { withAccount = false }: { withAccount?: boolean } = {}
) {
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const { equipment: row, files, maintenance_log: log, plans, meters } = detail
  const states = await fleet.meterStates(meters.map((m) => m.id))
  const now = new Date()
  const item = presentItem(
    row,
    {
      site_name: detail.site_name,
      plan_name: plans.find((p) => p.id === row.next_due_plan_id)?.name ?? null,
      photo_id: files.find((f) => f.kind === "photo")?.id ?? null,
      model: detail.model,
      ...(withAccount ? { account: detail.account_name !== null ? { id: row.account_id, name: detail.account_name } : null } : {}),
    },
    base,
    now
  )
  return {
    ...item,
    notes: row.notes ?? null,
    photos: files.filter((f) => f.kind === "photo").map((f) => ({ id: f.id, name: f.name, url: fileUrl(base, row.id, f.id) })),
    documents: files
      .filter((f) => f.kind === "document")
      .map((f) => ({ id: f.id, name: f.name, mime_type: f.mime_type, url: fileUrl(base, row.id, f.id) })),
    maintenance_log: log.map((entry) => ({
      id: entry.id,
      performed_at: entry.performed_at,
      kind: entry.kind,
      description: entry.description,
      technician: entry.technician,
      duration_minutes: entry.duration_minutes,
      parts: entry.parts ?? [],
      meter_values: entry.meter_values ?? [],
    })),
    plans: plans.map((plan) => {
      // Recomputed here so that a plan shows what its meter says right now, stored date or not.
      const due = computePlanDue(plan, plan.meter_id ? states.get(plan.meter_id) ?? null : null, row.installation_date ?? row.created_at ?? null)
      return {
        id: plan.id,
        name: plan.name,
        interval_days: plan.interval_days,
        interval_units: plan.interval_units,
        meter_id: plan.meter_id,
        last_done_at: plan.last_done_at,
        last_done_value: plan.last_done_value,
        next_due_date: due.next_due_date,
        next_due_value: due.next_due_value,
        projected: due.projected,
        ...dueState(due.next_due_date, now),
      }
    }),
    meters: meters.map((meter) => {
      const state = states.get(meter.id)
      return {
        id: meter.id,
        name: meter.name,
        kind: meter.kind,
        unit: meter.unit,
        last_reading: state?.last_reading ?? null,
        average_daily_use: state?.average_daily_use ?? null,
      }
    }),
  }
}

type ReadingLike = Pick<ReadingPoint, "id" | "value" | "read_at" | "source" | "status" | "note" | "photo_file_id" | "replacement"> & {
  meter_id?: string | null
  created_at: Date | string
}

/** A reading as routes answer it; its photo through the same checked route as the machine's files. */
export function presentReading(reading: ReadingLike, equipmentId: string, base: FilesBase) {
  return {
    id: reading.id,
    meter_id: reading.meter_id ?? null,
    value: reading.value,
    read_at: reading.read_at,
    source: reading.source,
    status: reading.status,
    note: reading.note,
    replacement: reading.replacement,
    photo_url: reading.photo_file_id ? fileUrl(base, equipmentId, reading.photo_file_id) : null,
    created_at: reading.created_at,
  }
}
