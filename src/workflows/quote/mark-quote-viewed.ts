import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { quoteEventData, type ClientActor } from "./client-action"
import { assertQuoteStatusStep } from "./steps/assert-quote-status"
import { recordQuoteStatusStep } from "./steps/record-quote-status"
import { transitionQuoteStep } from "./steps/transition-quote"

export type MarkQuoteViewedInput = { id: string; actor: ClientActor }

export const markQuoteViewedWorkflowId = "mark-quote-viewed"

/** The first time a client opens a sent version, the quote is viewed and the salesperson is told. */
export const markQuoteViewedWorkflow = createWorkflow(markQuoteViewedWorkflowId, (input: MarkQuoteViewedInput) => {
  const quote = assertQuoteStatusStep({
    id: input.id,
    account_id: input.actor.account_id,
  })
  const viewed = when({ quote }, ({ quote }) => quote.status === "sent").then(() => {
    const updated = transitionQuoteStep(
      transform({ quote }, ({ quote }) => ({ id: quote.id, transition: "view" as const, version: quote.current_version, fields: { viewed_at: new Date() } }))
    )
    recordQuoteStatusStep(
      transform({ input, quote }, ({ input, quote }) => [
        {
          quote_id: quote.id,
          account_id: quote.account_id,
          status: "viewed" as const,
          version: quote.current_version,
          actor_type: "client" as const,
          actor_id: input.actor.customer_id,
          actor_name: input.actor.name,
        },
      ])
    )
    emitEventStep(
      transform({ input, quote }, ({ input, quote }) => ({
        eventName: "portal.quote.viewed",
        data: quoteEventData(quote, input.actor, { version: quote.current_version }),
      }))
    )
    return updated
  })
  return new WorkflowResponse(transform({ viewed }, ({ viewed }) => Boolean(viewed)))
})
