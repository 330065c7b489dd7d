import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertQuoteStatusStep } from "./steps/assert-quote-status"
import { recordQuoteStatusStep } from "./steps/record-quote-status"
import { transitionQuoteStep } from "./steps/transition-quote"

export type CancelQuoteInput = { id: string; cancelled_by: { id: string; name: string | null }; note?: string | null }

export const cancelQuoteWorkflowId = "cancel-quote"

/** Staff withdraw a quote that was not accepted; the client can no longer accept it. */
export const cancelQuoteWorkflow = createWorkflow(cancelQuoteWorkflowId, (input: CancelQuoteInput) => {
  const quote = assertQuoteStatusStep({ id: input.id, transition: "cancel" })
  const updated = transitionQuoteStep(
    transform({ quote }, ({ quote }) => ({ id: quote.id, transition: "cancel" as const, fields: { cancelled_at: new Date() } }))
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
