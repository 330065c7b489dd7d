import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { markOrderPadFavouriteStep, type MarkOrderPadFavouriteInput } from "./steps/mark-order-pad-favourite"

export type MarkOrderPadFavouriteWorkflowInput = MarkOrderPadFavouriteInput & { lock_owner: string }

/**
 * A member stars a product of the order pad. Under the member's lock for that variant (and one row per
 * member and variant in the database), a double click answers the same favourite.
 */
export const markOrderPadFavouriteWorkflow = createWorkflow("mark-order-pad-favourite", (input: MarkOrderPadFavouriteWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `portal-order-pad-favourite:${input.account_id}:${input.customer_id}:${input.variant_id}`)
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 30, ownerId: input.lock_owner })
  const marked = markOrderPadFavouriteStep(
    transform({ input }, ({ input }) => ({ account_id: input.account_id, customer_id: input.customer_id, variant_id: input.variant_id }))
  )
  releaseLockStep({ key: lockKey, ownerId: input.lock_owner })
  return new WorkflowResponse(marked)
})
