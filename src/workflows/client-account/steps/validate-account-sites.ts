import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const validateAccountSitesStepId = "validate-account-sites"

/**
 * Checks that the account exists and that every site id belongs to it, before anything is written:
 * a member limited to another company's site would be a leak.
 */
export const validateAccountSitesStep = createStep(
  validateAccountSitesStepId,
  async ({ account_id, site_ids }: { account_id: string; site_ids?: string[] | null }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    await service.retrieveClientAccount(account_id, { select: ["id"] })
    const wanted = [...new Set(site_ids ?? [])]
    if (wanted.length) {
      const found = await service.listSites({ id: wanted, account_id }, { select: ["id"] })
      const unknown = wanted.filter((id) => !found.some((site) => site.id === id))
      if (unknown.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `site_ids: ${unknown.join(", ")} ${unknown.length === 1 ? "is not a site" : "are not sites"} of this account`
        )
      }
    }
    return new StepResponse(wanted)
  }
)
