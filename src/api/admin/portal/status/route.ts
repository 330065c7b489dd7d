import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loadBranding } from "../../../../lib/branding"
import { mailSettingsFromConfig } from "../../../../lib/mail-settings"

/** What staff need to check that the portal is set up: its address, its branding and its mail delivery. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const branding = await loadBranding(req.scope)
  res.json({
    status: {
      business_name: branding.name,
      logo_url: branding.logo_url,
      support_email: branding.support_email,
      portal_url: branding.portal_url,
      mail: mailSettingsFromConfig(req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)),
    },
  })
}
