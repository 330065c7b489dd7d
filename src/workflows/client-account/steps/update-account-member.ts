import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type { MemberRole } from "../../../modules/clientAccount/models/account-member"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type UpdateAccountMemberData = {
  id: string
  role?: MemberRole
  is_payer?: boolean
  site_ids?: string[]
  invited_at?: Date | null
  invited_by?: string | null
}

export const updateAccountMemberStepId = "update-account-member"

/** Changes a member's role, sites, payer flag or invitation stamp; the compensation restores them. */
export const updateAccountMemberStep = createStep(
  updateAccountMemberStepId,
  async ({ id, ...update }: UpdateAccountMemberData, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const previous = await service.retrieveAccountMember(id)
    const member = await service.updateAccountMembers({ id, ...update })
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(member, { id, ...restore } as UpdateAccountMemberData)
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateAccountMembers(restore)
  }
)
