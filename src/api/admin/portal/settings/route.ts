import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { updatePortalSettingsWorkflow } from "../../../../workflows/client-account/update-portal-settings"
import type { AdminUpdatePortalSettingsType } from "./validators"

/** The settings staff saved, with defaults filled in for what they never set. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const settings = await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).resolvePortalSettings()
  res.json({ settings })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePortalSettingsType>, res: MedusaResponse) {
  await updatePortalSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  const settings = await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).resolvePortalSettings()
  res.json({ settings })
}
