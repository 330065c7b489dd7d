import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../modules/clientAccount/service"
import { getPortalActor, siteIsVisible } from "../../../../../lib/portal-actor"
import { SITE_FIELDS } from "../middlewares"
import { countEquipmentBySite } from "../../../../../lib/fleet/count-equipment"

export { AUTHENTICATE } from "../../authenticate-client"

/** One site of the caller's account; another account's site answers 404, exactly like a missing one. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [site] = await service.listSites({ id: req.params.id, account_id: actor.account_id }, { select: SITE_FIELDS })
  if (!site || !siteIsVisible(actor, site.id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Site with id: ${req.params.id} was not found`)
  }
  const equipment = await countEquipmentBySite(req.scope, actor.account_id, [site.id])
  res.json({ site: { ...site, equipment_count: equipment.get(site.id) ?? 0 } })
}
