import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type SiteData = {
  name: string
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
  latitude?: number | null
  longitude?: number | null
  contact_name?: string | null
  contact_phone?: string | null
  contact_email?: string | null
  notes?: string | null
}

export const createSiteStepId = "create-client-site"

/** Adds a site to an existing account (a missing account answers 404). */
export const createSiteStep = createStep(
  createSiteStepId,
  async ({ account_id, ...data }: SiteData & { account_id: string }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    await service.retrieveClientAccount(account_id, { select: ["id"] })
    const site = await service.createSites({ ...data, account_id })
    return new StepResponse(site, site.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).deleteSites(id)
  }
)
