import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planOrderPaymentsStep } from "./steps/plan-order-payments"
import { recordPaymentsStep } from "./steps/record-payments"

export type ApplyOrderPaymentsInput = { order_id: string; lock_owner: string }

/**
 * Records what Medusa captured at an order's checkout on the order's invoices already issued, under the order's
 * billing lock (the one its invoices are issued under, which apply the same money to themselves): however the
 * capture and the invoice's issue interleave, the money is recorded once.
 */
export const applyOrderPaymentsWorkflow = createWorkflow("apply-billing-order-payments", (input: ApplyOrderPaymentsInput) => {
  const lockKey = transform({ input }, ({ input }) => `billing-order:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 60, ttl: 120, ownerId: input.lock_owner })
  const plan = planOrderPaymentsStep(transform({ input }, ({ input }) => ({ order_id: input.order_id })))
  when({ plan }, ({ plan }) => !!plan).then(() => {
    recordPaymentsStep(transform({ plan }, ({ plan }) => plan!))
  })
  releaseLockStep({ key: lockKey, ownerId: input.lock_owner })
  return new WorkflowResponse(plan)
})
