import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveAccountOrderingStep, type SaveAccountOrderingInput } from "./steps/save-account-ordering"

/** Staff set an account's approval threshold for portal orders and the salesperson told of them. */
export const saveAccountOrderingWorkflow = createWorkflow("save-account-ordering", (input: SaveAccountOrderingInput) => {
  return new WorkflowResponse(saveAccountOrderingStep(input))
})
