import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeOrderPadFavouriteStep, type RemoveOrderPadFavouriteInput } from "./steps/remove-order-pad-favourite"

/** A member takes a product off his order-pad favourites. */
export const removeOrderPadFavouriteWorkflow = createWorkflow("remove-order-pad-favourite", (input: RemoveOrderPadFavouriteInput) => {
  return new WorkflowResponse(removeOrderPadFavouriteStep(input))
})
