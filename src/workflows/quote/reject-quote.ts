import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { quoteEventData, type ClientActor } from "./client-action"
import { assertQuoteStatusStep } from "./steps/assert-quote-status"
import { recordQuoteStatusStep } from "./steps/record-quote-status"
import { transitionQuoteStep } from "./steps/transition-quote"

export type RejectQuoteInput = { id: string; reason: string; actor: ClientActor }

export const rejectQuoteWorkflowId = "reject-quote"

/** A member who may approve turns the quote down with a reason; the salesperson is told. */
export const rejectQuoteWorkflow = createWorkflow(rejectQuoteWorkflowId, (input: RejectQuoteInput) => {
  const quote = assertQuoteStatusStep({
    id: input.id,
    account_id: input.actor.account_id,
    transition: "reject",
    refuse_expired: true,
  })
  const updated = transitionQuoteStep(
    transform({ input, quote }, ({ input, quote }) => ({
      id: quote.id,
      transition: "reject" as const,
      version: quote.current_version,
      fields: { rejected_at: new Date(), rejection_reason: input.reason },
    }))
  )
  recordQuoteStatusStep(
    transform({ input, quote }, ({ input, quote }) => [
      {
        quote_id: quote.id,
        account_id: quote.account_id,
        status: "rejected" as const,
        version: quote.current_version,
        actor_type: "client" as const,
        actor_id: input.actor.customer_id,
        actor_name: input.actor.name,
        note: input.reason,
      },
    ])
  )
  emitEventStep(
    transform({ input, quote }, ({ input, quote }) => ({
      eventName: "portal.quote.rejected",
      data: quoteEventData(quote, input.actor, { reason: input.reason, version: quote.current_version }),
    }))
  )
  return new WorkflowResponse(updated)
})
