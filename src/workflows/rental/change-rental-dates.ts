import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { addChargesStep } from "./steps/add-charges"
import { planDateChangeStep } from "./steps/check-policy"
import { replaceAssignmentsStep } from "./steps/replace-assignments"
import { updateReservationStep } from "./steps/update-reservation"

export type ChangeRentalDatesInput = {
  id: string
  account_id: string
  number: string
  /** The models of the reservation: their locks keep the units found free until they are written. */
  model_ids: string[]
  starts_at: string
  ends_at: string
  actor_customer_id: string | null
  actor_name: string | null
  lock_owner: string
}

/**
 * A client moves a reservation's dates under the change rule (notice, fee): the same units where they are
 * free, others of the model where not, new prices; refused with 409 naming the dates when a model has no
 * free unit. Staff are alerted (`portal.rental.changed`).
 */
export const changeRentalDatesWorkflow = createWorkflow("change-rental-dates", (input: ChangeRentalDatesInput) => {
  const keys = transform({ input }, ({ input }) => [`portal-rental:${input.id}`, ...[...new Set(input.model_ids)].sort().map((id) => `portal-rental-model:${id}`)])
  acquireLockStep({ key: keys, timeout: 60, ttl: 120, ownerId: input.lock_owner })
  const plan = planDateChangeStep(transform({ input }, ({ input }) => ({ id: input.id, starts_at: input.starts_at, ends_at: input.ends_at })))
  replaceAssignmentsStep(transform({ plan }, ({ plan }) => ({ id: plan.reservation_id, assignments: plan.assignments })))
  updateReservationStep(
    transform({ plan }, ({ plan }) => ({
      id: plan.reservation_id,
      fields: { starts_at: new Date(plan.starts_at), ends_at: new Date(plan.ends_at), estimated_total: plan.estimated_total },
      line_prices: plan.lines,
    }))
  )
  addChargesStep(
    transform({ plan }, ({ plan }) =>
      plan.fee > 0 ? [{ reservation_id: plan.reservation_id, kind: "change" as const, description: "Change of dates", quantity: 1, unit_amount: plan.fee, amount: plan.fee }] : []
    )
  )
  releaseLockStep({ key: keys, ownerId: input.lock_owner })
  emitEventStep(
    transform({ input, plan }, ({ input, plan }) => ({
      eventName: "portal.rental.changed",
      data: {
        id: input.id,
        account_id: input.account_id,
        actor_customer_id: input.actor_customer_id,
        actor_name: input.actor_name,
        number: input.number,
        starts_at: new Date(plan.starts_at).toISOString(),
        ends_at: new Date(plan.ends_at).toISOString(),
        fee: plan.fee,
      },
    }))
  )
  return new WorkflowResponse(plan)
})
