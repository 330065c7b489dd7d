import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { StatusActor } from "./steps/create-intervention"
import { planPlacementStep, type PlanPlacementInput } from "./steps/plan-placement"
import { transitionInterventionStep } from "./steps/transition-intervention"

export type ScheduleInterventionInput = PlanPlacementInput & {
  actor: StatusActor
  /** "Claire Martin (Acme)" or the staff member's name, for alerts. */
  actor_name: string | null
  /** Unique per request: only this run may release the locks it took. */
  lock_owner: string
}

/**
 * Gives an intervention a technician and a window: a client booking or moving a slot, or staff assigning or
 * moving it on the board. Under locks on the intervention and the technician it re-checks the rules and the
 * calendar (planPlacementStep), then writes the window; the database's exclusion constraint refuses an overlap
 * that slipped past (another process, a technician's lock taken elsewhere), answered 409 like a lost race.
 */
export const scheduleInterventionWorkflow = createWorkflow("schedule-field-intervention", (input: ScheduleInterventionInput) => {
  const keys = transform({ input }, ({ input }) => [`field-intervention:${input.intervention_id}`, `field-technician:${input.technician_id}`])
  acquireLockStep({ key: keys, timeout: 60, retryInterval: 0.05, ttl: 60, ownerId: input.lock_owner })
  const plan = planPlacementStep(input)
  transitionInterventionStep(
    transform({ input, plan }, ({ input, plan }) => ({
      id: plan.id,
      transition: plan.transition,
      fields: plan.fields,
      actor: input.actor,
      note: plan.previous_start ? `moved from ${plan.previous_start}` : null,
    }))
  )
  emitEventStep(
    transform({ input, plan }, ({ input, plan }) => ({
      eventName: plan.event,
      data: {
        id: plan.id,
        number: plan.number,
        account_id: plan.account_id,
        actor_customer_id: null,
        actor_name: input.actor_name,
        technician_id: input.technician_id,
        scheduled_start: plan.fields.scheduled_start ? new Date(plan.fields.scheduled_start).toISOString() : null,
        previous_start: plan.previous_start,
        confirmed: plan.transition === "schedule",
      },
    }))
  )
  releaseLockStep({ key: keys, ownerId: input.lock_owner })
  return new WorkflowResponse(plan)
})
