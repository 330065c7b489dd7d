import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const markMemberSignedInStepId = "mark-member-signed-in"

/** Sets the member's first activation (once) and last sign-in; compensation restores both. */
export const markMemberSignedInStep = createStep(
  markMemberSignedInStepId,
  async ({ member_id }: { member_id: string }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const member = await service.retrieveAccountMember(member_id)
    const now = new Date()
    const updated = await service.updateAccountMembers({
      id: member_id,
      activated_at: member.activated_at ?? now,
      last_sign_in_at: now,
    })
    return new StepResponse(
      { id: updated.id, activated_at: updated.activated_at, last_sign_in_at: updated.last_sign_in_at },
      { id: member.id, activated_at: member.activated_at, last_sign_in_at: member.last_sign_in_at }
    )
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateAccountMembers(previous)
  }
)
