import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { quoteEventData } from "./client-action"
import { assertQuoteStatusStep } from "./steps/assert-quote-status"
import { createQuoteMessageStep } from "./steps/create-quote-message"

export type AddQuoteMessageInput = {
  quote_id: string
  body: string
  /** A client writes within their account; staff write on any quote. */
  account_id?: string | null
  author: { type: "client" | "staff"; id: string | null; name: string | null }
}

export const addQuoteMessageWorkflowId = "add-quote-message"

/** A question or a request for changes from the client, or staff's answer, on the quote's thread. */
export const addQuoteMessageWorkflow = createWorkflow(addQuoteMessageWorkflowId, (input: AddQuoteMessageInput) => {
  const quote = assertQuoteStatusStep({
    id: input.quote_id,
    account_id: input.account_id,
    allowed: ["draft", "sent", "viewed", "accepted", "rejected", "expired", "cancelled"],
    action: "discussed",
  })
  const message = createQuoteMessageStep(
    transform({ input, quote }, ({ input, quote }) => ({
      quote_id: quote.id,
      account_id: quote.account_id,
      author_type: input.author.type,
      author_id: input.author.id,
      author_name: input.author.name,
      body: input.body,
    }))
  )
  // Staff are alerted when a client writes; a client learns of staff's answer in the portal.
  when({ input }, ({ input }) => input.author.type === "client").then(() => {
    emitEventStep(
      transform({ input, quote, message }, ({ input, quote, message }) => ({
        eventName: "portal.quote.message_created",
        data: quoteEventData(
          quote,
          { account_id: quote.account_id, customer_id: input.author.id, name: input.author.name },
          { message_id: message.id, excerpt: input.body.slice(0, 140) }
        ),
      }))
    )
  })
  return new WorkflowResponse(message)
})
