import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const deleteClientAccountStepId = "delete-client-account"

/**
 * Soft-deletes an account with its members, sites and secure links (the model cascades), so that the
 * compensation can restore them and the access log keeps pointing at a real row.
 */
export const deleteClientAccountStep = createStep(
  deleteClientAccountStepId,
  async (id: string, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    await service.retrieveClientAccount(id, { select: ["id"] })
    await service.softDeleteClientAccounts(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).restoreClientAccounts(id)
  }
)
