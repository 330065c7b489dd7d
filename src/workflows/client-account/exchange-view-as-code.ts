import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { issueImpersonationTokenStep } from "./steps/issue-impersonation-token"
import { useViewAsCodeStep } from "./steps/use-view-as-code"

export const exchangeViewAsCodeWorkflowId = "exchange-view-as-code"

/**
 * The portal exchanges the one-time code of a view-as URL, server-side, for the read-only session it opens,
 * bound to the staff action that issued the code (its access-log entry).
 */
export const exchangeViewAsCodeWorkflow = createWorkflow(exchangeViewAsCodeWorkflowId, (input: { code: string }) => {
  const used = useViewAsCodeStep(input)
  const token = issueImpersonationTokenStep(
    transform({ used }, ({ used }) => ({ customer_id: used.customer_id, user_id: used.user_id, log_id: used.access_log_id }))
  )
  return new WorkflowResponse(token)
})
