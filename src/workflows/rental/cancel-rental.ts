import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { addChargesStep } from "./steps/add-charges"
import { checkCancellationStep } from "./steps/check-policy"
import { replaceAssignmentsStep } from "./steps/replace-assignments"
import { updateReservationStep } from "./steps/update-reservation"

export type CancelRentalInput = { id: string; actor_customer_id: string | null; actor_name: string | null; lock_owner: string }

/**
 * A client cancels a reservation under the business's rule: refused once it started, free before the
 * notice, with a fee after it. Its units are freed at once; staff are alerted (`portal.rental.cancelled`).
 */
export const cancelRentalWorkflow = createWorkflow("cancel-rental", (input: CancelRentalInput) => {
  const key = transform({ input }, ({ input }) => `portal-rental:${input.id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60, ownerId: input.lock_owner })
  const plan = checkCancellationStep({ id: input.id })
  updateReservationStep(transform({ plan }, ({ plan }) => ({ id: plan.id, fields: { status: "cancelled" as const, cancelled_at: new Date() } })))
  replaceAssignmentsStep(transform({ plan }, ({ plan }) => ({ id: plan.id, assignments: [] })))
  addChargesStep(
    transform({ plan }, ({ plan }) =>
      plan.fee > 0 ? [{ reservation_id: plan.id, kind: "cancellation" as const, description: "Late cancellation", quantity: 1, unit_amount: plan.fee, amount: plan.fee }] : []
    )
  )
  releaseLockStep({ key, ownerId: input.lock_owner })
  emitEventStep(
    transform({ input, plan }, ({ input, plan }) => ({
      eventName: "portal.rental.cancelled",
      data: { id: plan.id, account_id: plan.account_id, actor_customer_id: input.actor_customer_id, actor_name: input.actor_name, number: plan.number, fee: plan.fee, currency_code: plan.currency_code },
    }))
  )
  return new WorkflowResponse(plan)
})
