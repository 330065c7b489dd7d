import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAccessEventStep, type AccessEventData } from "./steps/record-access-event"

export const recordAccessEventWorkflowId = "portal-record-access-event"

/** Writes one access-log row on its own, for refusals that happen before any other work (rate limits). */
export const recordAccessEventWorkflow = createWorkflow(recordAccessEventWorkflowId, (input: AccessEventData) => {
  return new WorkflowResponse(recordAccessEventStep(input))
})
