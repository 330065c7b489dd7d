import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../modules/clientAccount"
import type ClientAccountModuleService from "../modules/clientAccount/service"
import { portalOptionsFromConfig } from "./portal-options"

export type Branding = {
  name: string
  logo_url: string | null
  support_email: string | null
  portal_url: string
}

const LAST_RESORT_NAME = "Client portal"

/**
 * How the business presents itself to its clients. Staff's portal settings win; then the plugin option (or
 * PORTAL_BUSINESS_NAME); then the store's name from Medusa's settings, so a merchant who configures nothing
 * still sees their own name.
 */
export async function loadBranding(scope: MedusaContainer): Promise<Branding> {
  const options = portalOptionsFromConfig(scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE))
  const settings = await scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).resolvePortalSettings()
  const name = settings.business_name ?? options.businessName ?? (await storeName(scope)) ?? LAST_RESORT_NAME
  return {
    name,
    logo_url: settings.logo_url ?? options.logoUrl,
    support_email: options.supportEmail,
    portal_url: options.portalUrl,
  }
}

async function storeName(scope: MedusaContainer): Promise<string | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: stores } = await query.graph({ entity: "store", fields: ["name"], pagination: { take: 1 } })
  const name: unknown = stores[0]?.name
  return typeof name === "string" && name.trim() ? name.trim() : null
}
