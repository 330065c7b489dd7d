import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const removeAccountMemberStepId = "remove-account-member"

/**
 * Takes a member out of their account. The Medusa customer stays (orders and invoices point at it); without
 * a member row it no longer gets into the portal. Soft delete, so the compensation can bring it back.
 */
export const removeAccountMemberStep = createStep(
  removeAccountMemberStepId,
  async (id: string, { container }) => {
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).softDeleteAccountMembers(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).restoreAccountMembers(id)
  }
)
