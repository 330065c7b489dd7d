import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteSiteStep } from "./steps/delete-site"

export const deleteSiteWorkflowId = "delete-client-site"

/** Staff delete a site of an account. */
export const deleteSiteWorkflow = createWorkflow(deleteSiteWorkflowId, (input: { id: string; account_id: string }) => {
  return new WorkflowResponse(deleteSiteStep(input))
})
