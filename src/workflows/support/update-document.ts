import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateDocumentStep, type UpdateDocumentInput } from "./steps/update-document"

/** Staff correct a document's title, description, category or validity (who it is for stays as published). */
export const updateDocumentWorkflow = createWorkflow("update-support-document", (input: UpdateDocumentInput) => {
  return new WorkflowResponse(updateDocumentStep(input))
})
