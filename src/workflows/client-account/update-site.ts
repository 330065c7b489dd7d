import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateSiteStep, type UpdateSiteData } from "./steps/update-site"

export const updateSiteWorkflowId = "update-client-site"

/** Staff change a site of an account. */
export const updateSiteWorkflow = createWorkflow(updateSiteWorkflowId, (input: UpdateSiteData) => {
  return new WorkflowResponse(updateSiteStep(input))
})
