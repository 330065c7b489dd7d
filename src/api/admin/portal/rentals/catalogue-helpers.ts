import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { loadRentalModels, type LoadedModel } from "../../../../lib/rental/models"
import { FLEET_MODULE } from "../../../../modules/fleet"
import type FleetModuleService from "../../../../modules/fleet/service"
import type { AdminRentalModel, AdminRentalUnit } from "../../../../modules/rental/contract"
import { RENTAL_MODULE } from "../../../../modules/rental"
import type RentalModuleService from "../../../../modules/rental/service"

export const presentAdminModel = (m: LoadedModel): AdminRentalModel => ({
  id: m.id,
  variant_id: m.variant_id,
  title: m.title,
  buffer_hours: m.buffer_hours,
  description: m.description,
  rates: m.rates.map((r) => ({ id: r.id, currency_code: r.currency_code, customer_group_id: r.customer_group_id, day_rate: r.day_rate, week_rate: r.week_rate, month_rate: r.month_rate, deposit: r.deposit, meter_allowance_per_day: r.meter_allowance_per_day, extra_meter_rate: r.extra_meter_rate })),
  units_total: m.unit_ids.length,
})

export async function loadAdminModel(container: MedusaContainer, id: string): Promise<AdminRentalModel> {
  const { models } = await loadRentalModels(container, { ids: [id] })
  if (!models[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Rental model with id: ${id} was not found`)
  return presentAdminModel(models[0])
}

/** Units with their machine's serial number and name and their maintenance blocks still to come. */
export async function loadAdminUnits(container: MedusaContainer, filters: Record<string, unknown>, page: { skip?: number; take?: number } = {}): Promise<[AdminRentalUnit[], number]> {
  const [units, count] = await container
    .resolve<RentalModuleService>(RENTAL_MODULE)
    .listAndCountRentalUnits(filters, { relations: ["blocks"], order: { created_at: "ASC" }, ...page })
  const equipment = units.length ? await container.resolve<FleetModuleService>(FLEET_MODULE).listEquipment({ id: units.map((u) => u.equipment_id) }, { select: ["id", "serial_number", "name"] }) : []
  const now = Date.now()
  return [
    units.map((u) => {
      const e = equipment.find((x) => x.id === u.equipment_id)
      return {
        id: u.id,
        model_id: (u as unknown as { rental_model_id: string }).rental_model_id,
        equipment_id: u.equipment_id,
        serial_number: e?.serial_number ?? "",
        name: e?.name ?? "",
        active: u.active,
        blocks: (u.blocks ?? [])
          .filter((b) => new Date(b.ends_at).getTime() > now)
          .map((b) => ({ id: b.id, starts_at: new Date(b.starts_at).toISOString(), ends_at: new Date(b.ends_at).toISOString(), reason: b.reason })),
      }
    }),
    count,
  ]
}

export async function loadAdminUnit(container: MedusaContainer, id: string): Promise<AdminRentalUnit> {
  const [[unit]] = await loadAdminUnits(container, { id })
  if (!unit) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Rental unit with id: ${id} was not found`)
  return unit
}
