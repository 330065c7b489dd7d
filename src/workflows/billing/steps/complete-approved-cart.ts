import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"

export const completeApprovedCartStepId = "complete-approved-cart"

/**
 * Completes the approved cart with Medusa's own checkout workflow (payment authorised with the session the
 * requester chose, stock reserved, `order.placed` emitted) and records the order on the approval. It is the
 * last step: if Medusa refuses the cart, the approval goes back to pending.
 */
export const completeApprovedCartStep = createStep(completeApprovedCartStepId, async ({ id, cart_id }: { id: string; cart_id: string }, { container }) => {
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart_id } })
  await container.resolve<BillingModuleService>(BILLING_MODULE).updateOrderApprovals({ id, order_id: result.id })
  return new StepResponse({ order_id: result.id })
})
