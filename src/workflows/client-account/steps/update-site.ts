import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import type { SiteData } from "./create-site"

export type UpdateSiteData = { id: string; account_id: string } & Partial<SiteData>

export const updateSiteStepId = "update-client-site"

/** Changes a site of the given account; another account's site answers 404 like a missing one. */
export const updateSiteStep = createStep(
  updateSiteStepId,
  async ({ id, account_id, ...update }: UpdateSiteData, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const [previous] = await service.listSites({ id, account_id })
    if (!previous) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Site with id: ${id} was not found`)
    const site = await service.updateSites({ id, ...update })
    const restore = Object.fromEntries(
      Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]])
    ) as Partial<SiteData>
    return new StepResponse(site, { id, ...restore })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateSites(restore)
  }
)
