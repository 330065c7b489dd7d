import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertQuoteStatusStep } from "./steps/assert-quote-status"
import { createQuoteVersionStep } from "./steps/create-quote-version"
import { recordQuoteStatusStep } from "./steps/record-quote-status"
import { transitionQuoteStep } from "./steps/transition-quote"
import { updateQuoteVersionsStep } from "./steps/update-quote-versions"

export type ReviseQuoteInput = { id: string; revised_by: { id: string; name: string | null } }

export const reviseQuoteWorkflowId = "revise-quote"

/**
 * Staff open a new version of a sent quote, copied from the last one: the sent version becomes superseded
 * (the client can no longer accept it) and the quote is a draft again until the new version is sent.
 */
export const reviseQuoteWorkflow = createWorkflow(reviseQuoteWorkflowId, (input: ReviseQuoteInput) => {
  const quote = assertQuoteStatusStep({ id: input.id, transition: "revise" })
  // The state changes first: an acceptance racing the revision is refused from here on, before any copy is made.
  const updated = transitionQuoteStep(
    transform({ quote }, ({ quote }) => ({
      id: quote.id,
      transition: "revise" as const,
      version: quote.current_version,
      fields: { current_version: quote.current_version + 1, viewed_at: null, rejected_at: null, rejection_reason: null, expired_at: null },
    }))
  )
  const next = transform({ quote }, ({ quote }) => ({
    quote_id: quote.id,
    account_id: quote.account_id,
    version: quote.current_version + 1,
    copy_from: quote.current.id,
  }))
  createQuoteVersionStep(next)
  updateQuoteVersionsStep(transform({ quote }, ({ quote }) => [{ id: quote.current.id, status: "superseded" as const }]))
  recordQuoteStatusStep(
    transform({ input, quote }, ({ input, quote }) => [
      {
        quote_id: quote.id,
        account_id: quote.account_id,
        status: "draft" as const,
        version: quote.current_version + 1,
        actor_type: "staff" as const,
        actor_id: input.revised_by.id,
        actor_name: input.revised_by.name,
        note: `version ${quote.current_version} superseded`,
      },
    ])
  )
  return new WorkflowResponse(updated)
})
