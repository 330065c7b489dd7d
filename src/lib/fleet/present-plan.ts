import type { MedusaContainer } from "@medusajs/framework/types"
import { FLEET_MODULE } from "../../modules/fleet"
import type FleetModuleService from "../../modules/fleet/service"
import { dueState } from "./next-due"

/** A plan as staff routes answer it, with its stored next due date and whether that is soon or past. */
export async function presentPlan(container: MedusaContainer, id: string) {
  const plan = await container.resolve<FleetModuleService>(FLEET_MODULE).retrieveMaintenancePlan(id)
  return { ...plan, ...dueState(plan.next_due_date) }
}
