import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addLogEntryStep, type LogEntryData } from "./steps/add-log-entry"
import { createMeterStep, type MeterData } from "./steps/create-meter"
import {
  createMaintenancePlanStep,
  deleteMaintenancePlanStep,
  updateMaintenancePlanStep,
  type PlanData,
} from "./steps/maintenance-plans"
import { refreshNextDueStep } from "./steps/refresh-next-due"

const equipmentIds = (input: { equipment_id: string }) => transform({ input }, ({ input }) => [input.equipment_id])

/** Staff (and later interventions) record what was done to a machine; the plans it fulfils start again. */
export const addMaintenanceLogEntryWorkflow = createWorkflow("add-fleet-maintenance-log-entry", (input: LogEntryData) => {
  const entry = addLogEntryStep(input)
  refreshNextDueStep(equipmentIds(input))
  return new WorkflowResponse(entry)
})

export const createMaintenancePlanWorkflow = createWorkflow(
  "create-fleet-maintenance-plan",
  (input: PlanData & { equipment_id: string }) => {
    const plan = createMaintenancePlanStep(input)
    refreshNextDueStep(equipmentIds(input))
    return new WorkflowResponse(plan)
  }
)

export const updateMaintenancePlanWorkflow = createWorkflow(
  "update-fleet-maintenance-plan",
  (input: Partial<PlanData> & { id: string; equipment_id: string }) => {
    const plan = updateMaintenancePlanStep(input)
    refreshNextDueStep(equipmentIds(input))
    return new WorkflowResponse(plan)
  }
)

export const deleteMaintenancePlanWorkflow = createWorkflow(
  "delete-fleet-maintenance-plan",
  (input: { id: string; equipment_id: string }) => {
    const id = deleteMaintenancePlanStep(input)
    refreshNextDueStep(equipmentIds(input))
    return new WorkflowResponse(id)
  }
)

export const createMeterWorkflow = createWorkflow("create-fleet-meter", (input: MeterData) => {
  return new WorkflowResponse(createMeterStep(input))
})
