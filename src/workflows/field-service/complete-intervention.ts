import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { INTERVENTION_EVENTS } from "../../modules/fieldService/contract"
import { addLogEntryStep } from "../fleet/steps/add-log-entry"
import { refreshNextDueStep } from "../fleet/steps/refresh-next-due"
import type { StatusActor } from "./steps/create-intervention"
import { checkReportStep, createReportStep, recordReportReadingsStep, type ReportData } from "./steps/report-steps"
import { transitionInterventionStep } from "./steps/transition-intervention"

export type CompleteInterventionInput = ReportData & { actor: StatusActor; lock_owner: string }

/**
 * Staff enter the report of a visit: on a machine, its meter values become readings (through the fleet's
 * checks), the fleet's maintenance log gets the entry with the parts and, for a plan-driven visit, the plan's
 * "last done" moves so its next due date follows; then the report is stored and the intervention is done.
 * Every part is undone if a later one fails.
 */
export const completeInterventionWorkflow = createWorkflow("complete-field-intervention", (input: CompleteInterventionInput) => {
  const key = transform({ input }, ({ input }) => `field-intervention:${input.intervention_id}`)
  acquireLockStep({ key, timeout: 30, retryInterval: 0.05, ttl: 120, ownerId: input.lock_owner })
  const plan = checkReportStep(input)
  const logged = when({ plan }, ({ plan }) => !!plan.equipment_id).then(() => {
    recordReportReadingsStep(transform({ input, plan }, ({ input, plan }) => ({ meter_values: input.meter_values, read_at: plan.completed_at, note: `Intervention ${plan.number}` })))
    const entry = addLogEntryStep(
      transform({ input, plan }, ({ input, plan }) => ({
        equipment_id: plan.equipment_id!,
        performed_at: new Date(plan.completed_at),
        kind: plan.maintenance_plan_id ? ("preventive" as const) : ("corrective" as const),
        description: `${plan.number}: ${input.work_done}`,
        technician: plan.technician_name,
        duration_minutes: input.duration_minutes,
        parts: input.parts,
        meter_values: input.meter_values,
        plan_ids: plan.maintenance_plan_id ? [plan.maintenance_plan_id] : [],
      }))
    )
    refreshNextDueStep(transform({ plan }, ({ plan }) => [plan.equipment_id!]))
    return entry
  })
  const report = createReportStep(
    transform({ input, plan, logged }, ({ input, plan, logged }) => ({
      intervention_id: plan.id,
      work_done: input.work_done,
      parts: plan.parts,
      duration_minutes: input.duration_minutes,
      meter_values: input.meter_values,
      signature_name: input.signature_name,
      completed_at: plan.completed_at,
      maintenance_log_entry_id: logged?.id ?? null,
    }))
  )
  transitionInterventionStep(
    transform({ input, plan }, ({ input, plan }) => ({
      id: plan.id,
      transition: "complete" as const,
      fields: { completed_at: new Date(plan.completed_at) },
      actor: input.actor,
    }))
  )
  emitEventStep(
    transform({ plan }, ({ plan }) => ({
      eventName: INTERVENTION_EVENTS.done,
      data: { id: plan.id, number: plan.number, account_id: plan.account_id, equipment_id: plan.equipment_id },
    }))
  )
  releaseLockStep({ key, ownerId: input.lock_owner })
  return new WorkflowResponse(report)
})
