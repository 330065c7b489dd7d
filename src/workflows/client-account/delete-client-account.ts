import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteClientAccountStep } from "./steps/delete-client-account"

export const deleteClientAccountWorkflowId = "delete-client-account"

/** Staff delete an account with its members, sites and secure links; its members lose portal access. */
export const deleteClientAccountWorkflow = createWorkflow(deleteClientAccountWorkflowId, (input: { id: string }) => {
  return new WorkflowResponse(deleteClientAccountStep(input.id))
})
