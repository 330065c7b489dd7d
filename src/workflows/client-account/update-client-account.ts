import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateClientAccountStep, type UpdateClientAccountData } from "./steps/update-client-account"

export const updateClientAccountWorkflowId = "update-client-account"

/** Staff change an account's company data, language or portal access. */
export const updateClientAccountWorkflow = createWorkflow(updateClientAccountWorkflowId, (input: UpdateClientAccountData) => {
  return new WorkflowResponse(updateClientAccountStep(input))
})
