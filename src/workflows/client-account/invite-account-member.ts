import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAccountMemberWorkflow, type CreateAccountMemberInput } from "./create-account-member"
import { sendMemberInvitationWorkflow } from "./send-member-invitation"

export type InviteAccountMemberInput = Omit<CreateAccountMemberInput, "invited_at" | "invited_by"> & {
  invited_by: { user_id: string }
  inviter_name?: string | null
}

export const inviteAccountMemberWorkflowId = "invite-account-member"

/**
 * Staff add a person to an account (an existing Medusa customer, found by e-mail, or a new one) and invite
 * them to the portal. Staff decide for the business, so this attaches at once; an account admin's
 * invitation waits for the person's consent instead (inviteColleagueWorkflow).
 */
export const inviteAccountMemberWorkflow = createWorkflow(inviteAccountMemberWorkflowId, (input: InviteAccountMemberInput) => {
  const createInput = transform({ input }, ({ input }) => {
    const { invited_by: _by, inviter_name: _name, ...member } = input
    return member
  })
  const member = createAccountMemberWorkflow.runAsStep({ input: createInput })
  const invitation = transform({ input, member }, ({ input, member }) => ({
    member_id: member.id,
    account_id: input.account_id,
    invited_by: input.invited_by,
    inviter_name: input.inviter_name ?? null,
  }))
  const invited = sendMemberInvitationWorkflow.runAsStep({ input: invitation })
  return new WorkflowResponse(invited)
})
