import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeSecureLinkStep } from "./steps/revoke-secure-link"

export const revokeSecureLinkWorkflowId = "revoke-secure-link"

/** Staff revoke a secure link: sessions opened with it stop working at their next request. */
export const revokeSecureLinkWorkflow = createWorkflow(revokeSecureLinkWorkflowId, (input: { id: string; account_id: string }) => {
  return new WorkflowResponse(revokeSecureLinkStep(input))
})
