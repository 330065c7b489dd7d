import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveEmailLocale } from "../../lib/email"
import { createAccessLogEntryStep } from "./steps/create-access-log-entry"
import { findAccountMemberStep } from "./steps/find-account-member"
import { createViewAsCodeStep } from "./steps/create-view-as-code"
import { loadBrandingStep } from "./steps/load-branding"

export type StartImpersonationInput = { member_id: string; account_id: string; user_id: string }

export const startImpersonationWorkflowId = "start-impersonation"

/**
 * "View as client": records who looks at the portal as which member, then gives staff a URL with a
 * one-time code bound to that record; the portal exchanges it, once, for a short read-only session as the
 * member (with a banner). The URL never carries a session token.
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
  const code = createViewAsCodeStep(
    transform({ input, member, log }, ({ input, member, log }) => ({
      access_log_id: log.id,
      account_id: input.account_id,
      member_id: member.id,
      customer_id: member.customer_id,
      user_id: input.user_id,
    }))
  )
  const result = transform({ member, branding, code, log }, ({ member, branding, code, log }) => ({
    url: `${branding.portal_url}/${resolveEmailLocale(member.account.locale)}/view-as?code=${encodeURIComponent(code)}`,
    log_id: log.id,
    member_id: member.id,
  }))
  return new WorkflowResponse(result)
})
