import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { FLEET_MODULE } from "../../../modules/fleet"
import type FleetModuleService from "../../../modules/fleet/service"
import { findEquipment, findMeter } from "./load-equipment"

export type PlanData = {
  name: string
  interval_days?: number | null
  interval_units?: number | null
  meter_id?: string | null
  last_done_at?: Date | null
  last_done_value?: number | null
}

async function findPlan(container: MedusaContainer, equipment_id: string, id: string) {
  const [plan] = await container.resolve<FleetModuleService>(FLEET_MODULE).listMaintenancePlans({ id, equipment_id })
  if (!plan) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Maintenance plan with id: ${id} was not found`)
  return plan
}

/** A plan needs a period in days, or a number of units of one of the machine's meters, or both. */
async function assertSchedule(container: MedusaContainer, equipment_id: string, plan: PlanData) {
  if (!plan.interval_days && !plan.interval_units) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "interval_days: a plan needs interval_days, interval_units or both")
  }
  if (plan.interval_units && !plan.meter_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "meter_id: a plan counted in units needs the meter it counts")
  }
  if (plan.meter_id) await findMeter(container, equipment_id, plan.meter_id)
}

export const createMaintenancePlanStep = createStep(
  "create-fleet-maintenance-plan",
  async ({ equipment_id, ...data }: PlanData & { equipment_id: string }, { container }) => {
    await findEquipment(container, equipment_id)
    await assertSchedule(container, equipment_id, data)
    const plan = await container.resolve<FleetModuleService>(FLEET_MODULE).createMaintenancePlans({ ...data, equipment_id })
    return new StepResponse(plan, plan.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).deleteMaintenancePlans(id)
  }
)

export const updateMaintenancePlanStep = createStep(
  "update-fleet-maintenance-plan",
  async ({ id, equipment_id, ...update }: Partial<PlanData> & { id: string; equipment_id: string }, { container }) => {
    const previous = await findPlan(container, equipment_id, id)
    await assertSchedule(container, equipment_id, { ...previous, ...update })
    const plan = await container.resolve<FleetModuleService>(FLEET_MODULE).updateMaintenancePlans({ id, ...update })
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(plan, { id, ...restore })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).updateMaintenancePlans(restore)
  }
)

export const deleteMaintenancePlanStep = createStep(
  "delete-fleet-maintenance-plan",
  async ({ id, equipment_id }: { id: string; equipment_id: string }, { container }) => {
    await findPlan(container, equipment_id, id)
    await container.resolve<FleetModuleService>(FLEET_MODULE).softDeleteMaintenancePlans(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<FleetModuleService>(FLEET_MODULE).restoreMaintenancePlans(id)
  }
)
