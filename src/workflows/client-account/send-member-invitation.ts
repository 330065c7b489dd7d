import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { resolveEmailLocale } from "../../lib/email"
import { createAccessLogEntryStep } from "./steps/create-access-log-entry"
import { findAccountMemberStep } from "./steps/find-account-member"
import { loadBrandingStep } from "./steps/load-branding"
import { sendPortalEmailStep } from "./steps/send-portal-email"
import { updateAccountMemberStep } from "./steps/update-account-member"

export type SendMemberInvitationInput = {
  member_id: string
  account_id: string
  /** A staff user, or a member of the account (an account admin inviting a colleague). */
  invited_by: { user_id: string } | { member_id: string }
  /** Name shown in the mail as the person who invited; the business's name when absent. */
  inviter_name?: string | null
}

export const sendMemberInvitationWorkflowId = "send-member-invitation"
export const MEMBER_INVITED_EVENT = "portal.client_account.member_invited"

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
      invited_by: "user_id" in input.invited_by ? input.invited_by.user_id : input.invited_by.member_id,
    }))
    const updated = updateAccountMemberStep(stamp)
    const log = transform({ input, member }, ({ input, member }) => ({
      event: "member_invited" as const,
      account_id: input.account_id,
      member_id: member.id,
      customer_id: member.customer_id,
      identifier: member.customer.email,
      user_id: "user_id" in input.invited_by ? input.invited_by.user_id : null,
      details: "member_id" in input.invited_by ? { invited_by_member_id: input.invited_by.member_id } : null,
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
    when({ input }, ({ input }) => "member_id" in input.invited_by).then(() => {
      const event = transform({ input, member }, ({ input, member }) => ({
        eventName: MEMBER_INVITED_EVENT,
        // A PortalEventData payload: the staff alert pipeline reads it (see lib/alerts).
        data: {
          id: member.id,
          account_id: input.account_id,
          actor_name: input.inviter_name ?? null,
          member_id: member.id,
          customer_id: member.customer_id,
          member_email: member.customer.email,
          member_name: [member.customer.first_name, member.customer.last_name].filter(Boolean).join(" ") || null,
          account_name: member.account.name,
          invited_by_member_id: "member_id" in input.invited_by ? input.invited_by.member_id : null,
        },
      }))
      emitEventStep(event)
    })
    return new WorkflowResponse({ member: updated, email })
  }
)
