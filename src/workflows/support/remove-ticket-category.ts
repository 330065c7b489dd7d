import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { removeTicketCategoryStep } from "./steps/remove-ticket-category"

/** Staff remove a ticket category: deleted when no ticket uses it, else deactivated (its tickets keep it). */
export const removeTicketCategoryWorkflow = createWorkflow("remove-support-ticket-category", (input: { id: string }) => {
  return new WorkflowResponse(removeTicketCategoryStep(input.id))
})
