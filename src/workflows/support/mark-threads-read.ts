import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markThreadsReadStep, type MarkThreadsReadInput } from "./steps/mark-threads-read"

/**
 * A member opened a ticket or a conversation: its messages to them are read (staff see when). Idempotent:
 * only receipts not yet read change, so opening it again writes nothing.
 */
export const markThreadsReadWorkflow = createWorkflow("mark-support-threads-read", (input: MarkThreadsReadInput) => {
  return new WorkflowResponse(markThreadsReadStep(input))
})
