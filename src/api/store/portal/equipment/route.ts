import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listEquipmentPage } from "../../../../lib/fleet/equipment-page"
import { presentEquipmentPage } from "../../../../lib/fleet/present-equipment"
import { getPortalActor } from "../../../../lib/portal-actor"
import type { StoreListEquipmentType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/**
 * The caller's machines within their site scope, filtered by site, status, text and "due soon" (due within
 * 30 days or overdue: the stored next due date makes it one indexed SQL filter), read in one statement.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListEquipmentType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { site_id, status, due_soon, q } = req.validatedQuery
  const scope = actor.site_ids
  // A site outside the caller's scope filters to nothing rather than widening it.
  const sites = site_id ? (scope && !scope.includes(site_id) ? [] : [site_id]) : scope
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const { rows, count } = await listEquipmentPage(
    req.scope,
    { account_id: actor.account_id, site_ids: sites, status, due_soon: due_soon === true, q },
    { skip, take, order }
  )
  const equipment = presentEquipmentPage(rows, "/store/portal/equipment")
  res.json({ equipment, count, offset: skip, limit: take })
}
