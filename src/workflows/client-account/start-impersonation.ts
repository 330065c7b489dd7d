import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveEmailLocale } from "../../lib/email"
import { createAccessLogEntryStep } from "./steps/create-access-log-entry"
import { findAccountMemberStep } from "./steps/find-account-member"
import { issueImpersonationTokenStep } from "./steps/issue-impersonation-token"
import { loadBrandingStep } from "./steps/load-branding"

export type StartImpersonationInput = { member_id: string; account_id: string; user_id: string }

export const startImpersonationWorkflowId = "start-impersonation"

/**
 * "View as client": records who looks at the portal as which member, then gives staff a URL that opens a
 * short, read-only session as that member (the portal shows a banner for it).
 */
export const startImpersonationWorkflow = createWorkflow(startImpersonationWorkflowId, (input: StartImpersonationInput) => {
  const member = findAccountMemberStep({ id: input.member_id, account_id: input.account_id })
  const branding = loadBrandingStep()
  const log = createAccessLogEntryStep(
    transform({ input, member }, ({ input, member }) => ({
      event: "impersonation_started" as const,
      account_id: input.account_id,
      member_id: member.id,
      customer_id: member.customer_id,
      identifier: member.customer.email,
      user_id: input.user_id,
    }))
  )
  const token = issueImpersonationTokenStep(
    transform({ input, member, log }, ({ input, member, log }) => ({
      customer_id: member.customer_id,
      user_id: input.user_id,
      log_id: log.id,
    }))
  )
  const result = transform({ member, branding, token, log }, ({ member, branding, token, log }) => ({
    url: `${branding.portal_url}/${resolveEmailLocale(member.account.locale)}/view-as?token=${encodeURIComponent(token)}`,
    log_id: log.id,
    member_id: member.id,
  }))
  return new WorkflowResponse(result)
})
