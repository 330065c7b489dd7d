import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type { MemberRole } from "../../../modules/clientAccount/models/account-member"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type CreateAccountMemberData = {
  account_id: string
  customer_id: string
  role: MemberRole
  is_payer?: boolean
  site_ids?: string[]
  invited_at?: Date | null
  invited_by?: string | null
}

export const createAccountMemberStepId = "create-account-member"

/** Makes a customer a member of an account (the customer and sites were checked by earlier steps). */
export const createAccountMemberStep = createStep(
  createAccountMemberStepId,
  async (data: CreateAccountMemberData, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const member = await service.createAccountMembers(data)
    return new StepResponse(member, member.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).deleteAccountMembers(id)
  }
)
