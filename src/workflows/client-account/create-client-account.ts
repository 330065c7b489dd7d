import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createClientAccountStep, type ClientAccountData } from "./steps/create-client-account"

export const createClientAccountWorkflowId = "create-client-account"

/** Staff open a client account (a company or a person the business serves). */
export const createClientAccountWorkflow = createWorkflow(createClientAccountWorkflowId, (input: ClientAccountData) => {
  return new WorkflowResponse(createClientAccountStep(input))
})
