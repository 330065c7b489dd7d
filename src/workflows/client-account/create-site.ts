import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createSiteStep, type SiteData } from "./steps/create-site"

export const createSiteWorkflowId = "create-client-site"

/** Staff add a site (store, plant, supply point) to an account. */
export const createSiteWorkflow = createWorkflow(createSiteWorkflowId, (input: SiteData & { account_id: string }) => {
  return new WorkflowResponse(createSiteStep(input))
})
