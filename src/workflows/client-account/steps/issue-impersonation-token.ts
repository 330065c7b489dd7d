import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { issuePortalToken } from "../../../lib/portal-session"

export const IMPERSONATION_TTL = "15m"

export const issueImpersonationTokenStepId = "issue-impersonation-token"

/**
 * Signs a short-lived, read-only portal token for staff viewing the portal as a member, naming the staff
 * action (access-log entry) it comes from. Only the exchange of a view-as code issues one. Nothing to undo:
 * if a later step fails, the token is never handed out.
 */
export const issueImpersonationTokenStep = createStep(
  issueImpersonationTokenStepId,
  async (input: { customer_id: string; user_id: string; log_id: string }, { container }) => {
    const token = issuePortalToken(container, { kind: "impersonation", ...input }, IMPERSONATION_TTL)
    return new StepResponse(token)
  }
)
