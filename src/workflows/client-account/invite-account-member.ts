import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAccountMemberWorkflow, type CreateAccountMemberInput } from "./create-account-member"
import { sendMemberInvitationWorkflow } from "./send-member-invitation"
import { assertGrantWithinScopeStep, type Granter } from "./steps/assert-grant-within-scope"

export type InviteAccountMemberInput = Omit<CreateAccountMemberInput, "invited_at" | "invited_by"> & {
  invited_by: { user_id: string } | Granter
  inviter_name?: string | null
}

export const inviteAccountMemberWorkflowId = "invite-account-member"

/**
 * Adds a person to an account (creating the Medusa customer when needed) and invites them to the portal.
 * Used by staff and by account admins inviting colleagues who are not customers yet.
 */
export const inviteAccountMemberWorkflow = createWorkflow(inviteAccountMemberWorkflowId, (input: InviteAccountMemberInput) => {
  when({ input }, ({ input }) => "member_id" in input.invited_by).then(() => {
    assertGrantWithinScopeStep(
      transform({ input }, ({ input }) => ({
        granter: input.invited_by as Granter,
        grant: { role: input.role, site_ids: input.site_ids },
        is_invitation: true,
      }))
    )
  })
  const createInput = transform({ input }, ({ input }) => {
    const { invited_by: _by, inviter_name: _name, ...member } = input
    return member
  })
  const member = createAccountMemberWorkflow.runAsStep({ input: createInput })
  const invitation = transform({ input, member }, ({ input, member }) => ({
    member_id: member.id,
    account_id: input.account_id,
    invited_by: "user_id" in input.invited_by ? { user_id: input.invited_by.user_id } : { member_id: input.invited_by.member_id },
    inviter_name: input.inviter_name ?? null,
  }))
  const invited = sendMemberInvitationWorkflow.runAsStep({ input: invitation })
  return new WorkflowResponse(invited)
})
