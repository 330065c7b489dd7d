import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mailSettingsFromConfig } from "../../../../lib/mail-settings"
import { portalOptionsFromConfig } from "../../../../lib/portal-options"

/** What staff need to check that the portal is set up: its address, its branding and its mail delivery. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const options = portalOptionsFromConfig(config)
  res.json({
    status: {
      business_name: options.businessName,
      logo_url: options.logoUrl,
      support_email: options.supportEmail,
      portal_url: options.portalUrl,
      mail: mailSettingsFromConfig(config),
    },
  })
}
