import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"

/**
 * Recomputes the stored next due dates of these machines. It comes last in its workflows and has no
 * compensation: the dates are derived data, and the nightly job recomputes them anyway.
 */
export const refreshNextDueStep = createStep("refresh-fleet-next-due", async (equipmentIds: string[], { container }) => {
  await container.resolve<FleetModuleService>(FLEET_MODULE).refreshNextDue(equipmentIds)
  return new StepResponse(equipmentIds)
})
