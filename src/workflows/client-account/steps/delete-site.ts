import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const deleteSiteStepId = "delete-client-site"

/**
 * Soft-deletes a site of the given account. Members limited to it keep the id in `site_ids` on purpose:
 * dropping it could leave their list empty, and empty means "every site", which would widen their access.
 */
export const deleteSiteStep = createStep(
  deleteSiteStepId,
  async ({ id, account_id }: { id: string; account_id: string }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const [site] = await service.listSites({ id, account_id }, { select: ["id"] })
    if (!site) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Site with id: ${id} was not found`)
    await service.softDeleteSites(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).restoreSites(id)
  }
)
