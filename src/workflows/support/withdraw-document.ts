import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { withdrawDocumentStep } from "./steps/withdraw-document"

/** Staff withdraw a document from the library; who read it stays recorded. */
export const withdrawDocumentWorkflow = createWorkflow("withdraw-support-document", (input: { id: string }) => {
  return new WorkflowResponse(withdrawDocumentStep(input.id))
})
