import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { getPortalActor } from "../../../../lib/portal-actor"
import { countEquipmentBySite } from "../../../../lib/fleet/count-equipment"
import type { StoreListSitesType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The sites of the caller's account that the caller may see. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListSitesType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const { q } = req.validatedQuery
  const filters = {
    account_id: actor.account_id,
    ...(actor.site_ids ? { id: actor.site_ids } : {}),
    ...(q ? { q } : {}),
  }
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const [sites, count] = await service.listAndCountSites(filters, {
    select: req.queryConfig.fields,
    skip,
    take,
    order: order ?? { name: "ASC" },
  })
  const equipment = await countEquipmentBySite(req.scope, actor.account_id, sites.map((s) => s.id))
  res.json({ sites: sites.map((site) => ({ ...site, equipment_count: equipment.get(site.id) ?? 0 })), count, offset: skip, limit: take })
}
