import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { expireQuotesStep } from "./steps/expire-quotes"
import { recordQuoteStatusStep } from "./steps/record-quote-status"

export const expireQuotesWorkflowId = "expire-quotes"

/** Run by the scheduled job: expires every quote whose validity date has passed, with a line in its history. */
export const expireQuotesWorkflow = createWorkflow(expireQuotesWorkflowId, (input: { now?: Date }) => {
  const expired = expireQuotesStep(transform({ input }, ({ input }) => ({ now: input.now ?? new Date() })))
  recordQuoteStatusStep(
    transform({ expired }, ({ expired }) =>
      expired.map((q) => ({
        quote_id: q.id,
        account_id: q.account_id,
        status: "expired" as const,
        version: q.current_version,
        actor_type: "system" as const,
        note: "validity date passed",
      }))
    )
  )
  return new WorkflowResponse(transform({ expired }, ({ expired }) => expired.map((q) => q.id)))
})
