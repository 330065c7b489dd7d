import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import { assertSerialIsFree, assertSiteOfAccount, type EquipmentData } from "./create-equipment"
import { findEquipment } from "./load-equipment"

export type UpdateEquipmentData = { id: string } & Partial<EquipmentData>

/** Changes a machine, keeping it within its account (a new site must be one of the account's). */
export const updateEquipmentStep = createStep(
  "update-fleet-equipment",
  async ({ id, ...update }: UpdateEquipmentData, { container }) => {
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    const previous = await findEquipment(container, id)
    if (update.site_id) await assertSiteOfAccount(container, previous.account_id, update.site_id)
    if (update.serial_number) await assertSerialIsFree(fleet, previous.account_id, update.serial_number, id)
    const equipment = await fleet.updateEquipment({ id, ...update })
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(equipment, { id, ...restore })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).updateEquipment(restore)
  }
)

/** Soft-deletes a machine with its plans, log, meters and files; the compensation restores them. */
export const deleteEquipmentStep = createStep(
  "delete-fleet-equipment",
  async (id: string, { container }) => {
    await findEquipment(container, id)
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    await fleet.softDeleteEquipment(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).restoreEquipment(id)
  }
)
