import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { portalOptionsFromConfig } from "../../../../lib/portal-options"

/** What the portal shows before anyone signs in: the business's name, logo and help address. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const options = portalOptionsFromConfig(config)
  res.json({
    branding: {
      name: options.businessName,
      logo_url: options.logoUrl,
      support_email: options.supportEmail,
    },
  })
}
