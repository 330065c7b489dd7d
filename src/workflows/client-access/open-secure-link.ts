import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { openSecureLinkStep } from "./steps/open-secure-link"
import { recordAccessEventStep, type RequestOrigin } from "./steps/record-access-event"

export type OpenSecureLinkInput = RequestOrigin & { token_hash: string }

export const openSecureLinkWorkflowId = "portal-open-secure-link"

/** A client opens a secure link: counted and logged as `link_opened`, or logged as `link_refused`. */
export const openSecureLinkWorkflow = createWorkflow(openSecureLinkWorkflowId, (input: OpenSecureLinkInput) => {
  const outcome = openSecureLinkStep({ token_hash: input.token_hash })
  recordAccessEventStep(
    transform({ input, outcome }, ({ input, outcome }) => ({
      event: outcome.ok ? ("link_opened" as const) : ("link_refused" as const),
      account_id: outcome.account_id,
      secure_link_id: outcome.secure_link_id,
      ip: input.ip,
      user_agent: input.user_agent,
      details: outcome.reason ? { reason: outcome.reason } : null,
    }))
  )
  return new WorkflowResponse(outcome)
})
