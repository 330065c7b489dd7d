import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resolveEmailLocale } from "../../lib/email"
import { createAccessLogEntryStep } from "./steps/create-access-log-entry"
import { findAccountMemberStep } from "./steps/find-account-member"
import { loadBrandingStep } from "./steps/load-branding"
import { sendPortalEmailStep } from "./steps/send-portal-email"
import { updateAccountMemberStep } from "./steps/update-account-member"

export type SendMemberInvitationInput = {
  member_id: string
  account_id: string
  /** The staff user inviting (account admins invite through inviteColleagueWorkflow). */
  invited_by: { user_id: string }
  /** Name shown in the mail as the person who invited; the business's name when absent. */
  inviter_name?: string | null
}

export const sendMemberInvitationWorkflowId = "send-member-invitation"

/**
 * Invites a member to the portal: stamps the invitation, logs it, and mails the sign-in link in the
 * account's language. Run again to send a new invitation.
 */
export const sendMemberInvitationWorkflow = createWorkflow(
  sendMemberInvitationWorkflowId,
  (input: SendMemberInvitationInput) => {
    const member = findAccountMemberStep({ id: input.member_id, account_id: input.account_id })
    const branding = loadBrandingStep()
    const stamp = transform({ input }, ({ input }) => ({
      id: input.member_id,
      invited_at: new Date(),
      invited_by: input.invited_by.user_id,
    }))
    const updated = updateAccountMemberStep(stamp)
    const log = transform({ input, member }, ({ input, member }) => ({
      event: "member_invited" as const,
      account_id: input.account_id,
      member_id: member.id,
      customer_id: member.customer_id,
      identifier: member.customer.email,
      user_id: input.invited_by.user_id,
    }))
    createAccessLogEntryStep(log)
    const mail = transform({ input, member, branding }, ({ input, member, branding }) => {
      const locale = resolveEmailLocale(member.account.locale)
      return {
        to: member.customer.email,
        template: "portal-invitation" as const,
        data: {
          locale,
          first_name: member.customer.first_name,
          account_name: member.account.name,
          inviter_name: input.inviter_name ?? null,
          email: member.customer.email,
          business_name: branding.name,
          logo_url: branding.logo_url,
          portal_url: `${branding.portal_url}/${locale}/sign-in`,
        },
      }
    })
    const email = sendPortalEmailStep(mail)
    return new WorkflowResponse({ member: updated, email })
  }
)
