import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createReservationStep } from "./steps/create-reservation"
import { planReservationStep, type PlanReservationInput } from "./steps/plan-reservation"

export type ReserveRentalInput = PlanReservationInput & {
  /** Unique per request: only this run may release the locks it took. */
  lock_owner: string
}

export const reserveRentalWorkflowId = "reserve-rental"

/**
 * A client reserves models × quantities for a period. Under a lock per model (taken in one order, so two
 * requests never wait for each other's), it checks the rules, prices the lines, picks free units and writes
 * the reservation with its assignments; the database's exclusion constraint is the last guard, so a writer
 * that took no lock still cannot give a unit twice. Staff are alerted through `portal.rental.requested`.
 */
export const reserveRentalWorkflow = createWorkflow(reserveRentalWorkflowId, (input: ReserveRentalInput) => {
  const keys = transform({ input }, ({ input }) => [...new Set(input.lines.map((l) => `portal-rental-model:${l.model_id}`))].sort())
  acquireLockStep({ key: keys, timeout: 60, ttl: 120, ownerId: input.lock_owner })
  const plan = planReservationStep(input)
  const created = createReservationStep(plan)
  releaseLockStep({ key: keys, ownerId: input.lock_owner })
  emitEventStep(
    transform({ input, plan, created }, ({ input, plan, created }) => ({
      eventName: "portal.rental.requested",
      data: {
        id: created.id,
        account_id: input.account_id,
        actor_customer_id: input.customer_id,
        actor_name: input.actor_name,
        number: created.number,
        starts_at: input.starts_at,
        ends_at: input.ends_at,
        status: plan.reservation.status,
        currency_code: input.currency_code,
        total: plan.reservation.estimated_total,
      },
    }))
  )
  return new WorkflowResponse(created)
})
