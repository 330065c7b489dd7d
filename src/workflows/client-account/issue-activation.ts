import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveEmailLocale } from "../../lib/email"
import { createActivationStep } from "./steps/create-activation"
import { findAccountMemberStep } from "./steps/find-account-member"
import { loadBrandingStep } from "./steps/load-branding"
import { sendPortalEmailStep } from "./steps/send-portal-email"

export type IssueActivationInput = {
  member_id: string
  account_id: string
  user_id: string
  /** Letters take days by post: 30 days unless staff say otherwise. */
  valid_days?: number
}

export const issueActivationWorkflowId = "issue-activation"
export const ACTIVATION_DEFAULT_DAYS = 30

/**
 * Staff issue credentials in two parts for a member: a code printed on a letter (a PDF staff download and
 * post) and a code sent by e-mail, in the account's language. Both together activate portal access.
 */
export const issueActivationWorkflow = createWorkflow(issueActivationWorkflowId, (input: IssueActivationInput) => {
  const member = findAccountMemberStep({ id: input.member_id, account_id: input.account_id })
  const branding = loadBrandingStep()
  const activation = createActivationStep(
    transform({ input }, ({ input }) => ({
      member_id: input.member_id,
      created_by: input.user_id,
      expires_at: new Date(Date.now() + (input.valid_days ?? ACTIVATION_DEFAULT_DAYS) * 24 * 3600 * 1000),
    }))
  )
  const email = sendPortalEmailStep(
    transform({ member, branding, activation }, ({ member, branding, activation }) => {
      const locale = resolveEmailLocale(member.account.locale)
      return {
        to: member.customer.email,
        template: "portal-activation" as const,
        data: {
          locale,
          code: activation.email_code,
          expires_at: new Date(activation.expires_at).toISOString(),
          first_name: member.customer.first_name,
          account_name: member.account.name,
          business_name: branding.name,
          logo_url: branding.logo_url,
          portal_url: `${branding.portal_url}/${locale}/activate`,
        },
      }
    })
  )
  const result = transform({ input, activation, email }, ({ input, activation, email }) => ({
    id: activation.id,
    member_id: activation.member_id,
    expires_at: activation.expires_at,
    letter_url: `/admin/portal/accounts/${input.account_id}/members/${input.member_id}/activations/${activation.id}/letter`,
    email_status: email.status,
  }))
  return new WorkflowResponse(result)
})
