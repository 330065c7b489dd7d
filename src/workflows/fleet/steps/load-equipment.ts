import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"

/** A machine, optionally of one account: another account's machine is "not found", exactly like a missing one. */
export async function findEquipment(container: MedusaContainer, id: string, account_id?: string | null) {
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const [equipment] = await fleet.listEquipment({ id, ...(account_id ? { account_id } : {}) })
  if (!equipment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Equipment with id: ${id} was not found`)
  return equipment
}

/** A meter of a given machine; a meter of another machine answers 404. */
export async function findMeter(container: MedusaContainer, equipment_id: string, meter_id: string) {
  const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
  const [meter] = await fleet.listMeters({ id: meter_id, equipment_id })
  if (!meter) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Meter with id: ${meter_id} was not found`)
  return meter
}
