import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { resolveEmailLocale } from "../../lib/email"
import { assertGrantWithinScopeStep, type Granter } from "./steps/assert-grant-within-scope"
import { createAccessLogEntryStep } from "./steps/create-access-log-entry"
import { findAccountMemberStep } from "./steps/find-account-member"
import { loadBrandingStep } from "./steps/load-branding"
import { saveMemberInvitationStep, type MemberInvitationInput } from "./steps/save-member-invitation"
import { sendPortalEmailStep } from "./steps/send-portal-email"
import { validateAccountSitesStep } from "./steps/validate-account-sites"

/** What the admin typed (the invitation's own fields), who invites, and the name the mail signs with. */
export type InviteColleagueInput = Omit<MemberInvitationInput, "site_ids" | "invited_by"> & {
  site_ids?: string[]
  invited_by: Granter
  inviter_name?: string | null
}

export const inviteColleagueWorkflowId = "invite-colleague"
export const MEMBER_INVITED_EVENT = "portal.client_account.member_invited"

/**
 * An account admin invites a colleague from the portal. Whatever the address (new, a store customer, a
 * member of this or another account), the same happens: a pending invitation holding what the admin typed,
 * and a mail to that address. Nobody is attached before the person accepts by signing in with a code sent
 * there (see acceptMemberInvitationStep), so an invitation neither reveals who is a client nor takes over
 * anyone. Staff are told by event.
 */
export const inviteColleagueWorkflow = createWorkflow(inviteColleagueWorkflowId, (input: InviteColleagueInput) => {
  const email = transform({ input }, ({ input }) => input.email.trim().toLowerCase())
  assertGrantWithinScopeStep(
    transform({ input }, ({ input }) => ({
      granter: input.invited_by,
      grant: { role: input.role, site_ids: input.site_ids },
      is_invitation: true,
    }))
  )
  const siteIds = validateAccountSitesStep({ account_id: input.account_id, site_ids: input.site_ids })
  const inviter = findAccountMemberStep(
    transform({ input }, ({ input }) => ({ id: input.invited_by.member_id, account_id: input.account_id }))
  )
  const invitation = saveMemberInvitationStep(
    transform({ input, email, siteIds }, ({ input, email, siteIds }) => ({
      account_id: input.account_id,
      email,
      first_name: input.first_name,
      last_name: input.last_name,
      phone: input.phone,
      role: input.role,
      site_ids: siteIds,
      invited_by: input.invited_by.member_id,
    }))
  )
  createAccessLogEntryStep(
    transform({ input, invitation }, ({ input, invitation }) => ({
      event: "member_invited" as const,
      account_id: input.account_id,
      identifier: invitation.email,
      details: { invitation_id: invitation.id, invited_by_member_id: input.invited_by.member_id },
    }))
  )
  const branding = loadBrandingStep()
  const email_ = sendPortalEmailStep(
    transform({ input, invitation, inviter, branding }, ({ input, invitation, inviter, branding }) => {
      const locale = resolveEmailLocale(inviter.account.locale)
      return {
        to: invitation.email,
        template: "portal-invitation" as const,
        data: {
          locale,
          first_name: invitation.first_name,
          account_name: inviter.account.name,
          inviter_name: input.inviter_name ?? null,
          email: invitation.email,
          business_name: branding.name,
          logo_url: branding.logo_url,
          portal_url: `${branding.portal_url}/${locale}/sign-in`,
        },
      }
    })
  )
  emitEventStep(
    transform({ input, invitation, inviter }, ({ input, invitation, inviter }) => ({
      eventName: MEMBER_INVITED_EVENT,
      // A PortalEventData payload: the staff alert pipeline reads it (see lib/alerts).
      data: {
        id: invitation.id,
        account_id: input.account_id,
        actor_name: input.inviter_name ?? null,
        invitation_id: invitation.id,
        member_email: invitation.email,
        member_name: [invitation.first_name, invitation.last_name].filter(Boolean).join(" ") || null,
        account_name: inviter.account.name,
        invited_by_member_id: input.invited_by.member_id,
      },
    }))
  )
  return new WorkflowResponse({ invitation, email: email_ })
})
