import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"

export const deleteAccountEquipmentStepId = "delete-account-equipment"

/**
 * Soft-deletes every machine of an account being deleted, with its files, maintenance log, plans, meters
 * and readings (the fleet model cascades), so none stays reachable; compensation restores exactly those.
 */
export const deleteAccountEquipmentStep = createStep(
  deleteAccountEquipmentStepId,
  async ({ account_id }: { account_id: string }, { container }) => {
    const fleet = container.resolve<FleetModuleService>(FLEET_MODULE)
    const ids = (await fleet.listEquipment({ account_id }, { select: ["id"] })).map((e) => e.id)
    if (ids.length) await fleet.softDeleteEquipment(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<FleetModuleService>(FLEET_MODULE).restoreEquipment(ids)
  }
)
