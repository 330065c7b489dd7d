import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { assertQuoteStatusStep } from "./steps/assert-quote-status"
import { assertQuoteSendableStep } from "./steps/assert-quote-sendable"
import { recordQuoteStatusStep } from "./steps/record-quote-status"
import { sendQuoteEmailsStep } from "./steps/send-quote-emails"
import { transitionQuoteStep } from "./steps/transition-quote"
import { updateQuoteVersionsStep } from "./steps/update-quote-versions"

export type SendQuoteInput = { id: string; sent_by: { id: string; name: string | null } }

export const sendQuoteWorkflowId = "send-quote"

/**
 * Staff send the draft version: it is frozen as sent, the quote awaits the client, and the account's
 * members who may approve are told by e-mail in their language.
 */
export const sendQuoteWorkflow = createWorkflow(sendQuoteWorkflowId, (input: SendQuoteInput) => {
  const quote = assertQuoteStatusStep({ id: input.id, transition: "send" })
  assertQuoteSendableStep(quote)
  const now = transform({ quote }, () => new Date())
  const versionChange = transform({ input, quote, now }, ({ input, quote, now }) => [
    { id: quote.current.id, status: "sent" as const, sent_at: now, sent_by: input.sent_by.id },
  ])
  updateQuoteVersionsStep(versionChange)
  const changes = transform({ quote, now }, ({ quote, now }) => ({
    id: quote.id,
    transition: "send" as const,
    version: quote.current_version,
    // A new version must be opened again before it counts as viewed.
    fields: { sent_at: now, viewed_at: null },
  }))
  const updated = transitionQuoteStep(changes)
  const history = transform({ input, quote }, ({ input, quote }) => [
    {
      quote_id: quote.id,
      account_id: quote.account_id,
      status: "sent" as const,
      version: quote.current_version,
      actor_type: "staff" as const,
      actor_id: input.sent_by.id,
      actor_name: input.sent_by.name,
    },
  ])
  recordQuoteStatusStep(history)
  const emails = sendQuoteEmailsStep(transform({ quote }, ({ quote }) => ({ quote_id: quote.id, version: quote.current_version })))
  const event = transform({ input, quote }, ({ input, quote }) => ({
    eventName: "portal.quote.sent",
    data: {
      id: quote.id,
      account_id: quote.account_id,
      actor_customer_id: null,
      actor_name: input.sent_by.name,
      staff_user_id: quote.salesperson_id,
      number: quote.number,
      version: quote.current_version,
    },
  }))
  emitEventStep(event)
  return new WorkflowResponse({ quote: updated, emails })
})
