import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertQuoteStatusStep } from "./steps/assert-quote-status"
import { recordQuoteStatusStep } from "./steps/record-quote-status"
import { updateQuoteStep } from "./steps/update-quote"

export type CancelQuoteInput = { id: string; cancelled_by: { id: string; name: string | null }; note?: string | null }

export const cancelQuoteWorkflowId = "cancel-quote"

/** Staff withdraw a quote that was not accepted; the client can no longer accept it. */
export const cancelQuoteWorkflow = createWorkflow(cancelQuoteWorkflowId, (input: CancelQuoteInput) => {
  const quote = assertQuoteStatusStep({ id: input.id, allowed: ["draft", "sent", "viewed", "rejected", "expired"], action: "cancel" })
  const updated = updateQuoteStep(
    transform({ quote }, ({ quote }) => ({ id: quote.id, status: "cancelled" as const, cancelled_at: new Date() }))
  )
  recordQuoteStatusStep(
    transform({ input, quote }, ({ input, quote }) => [
      {
        quote_id: quote.id,
        account_id: quote.account_id,
        status: "cancelled" as const,
        version: quote.current_version,
        actor_type: "staff" as const,
        actor_id: input.cancelled_by.id,
        actor_name: input.cancelled_by.name,
        note: input.note ?? null,
      },
    ])
  )
  return new WorkflowResponse(updated)
})
