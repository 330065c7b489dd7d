import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { dueSoonLimit } from "../../../../lib/fleet/next-due"
import { presentEquipmentList } from "../../../../lib/fleet/present-equipment"
import { getPortalActor } from "../../../../lib/portal-actor"
import { FLEET_MODULE } from "../../../../modules/fleet"
import type FleetModuleService from "../../../../modules/fleet/service"
import type { StoreListEquipmentType } from "./validators"

/**
 * The caller's machines within their site scope, filtered by site, status, text and "due soon" (due within
 * 30 days or overdue: the stored next due date makes it one indexed SQL filter).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListEquipmentType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const fleet = req.scope.resolve<FleetModuleService>(FLEET_MODULE)
  const { site_id, status, due_soon, q } = req.validatedQuery
  const scope = actor.site_ids
  // A site outside the caller's scope filters to nothing rather than widening it.
  const sites = site_id ? (scope && !scope.includes(site_id) ? [] : [site_id]) : scope
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const [rows, count] = await fleet.listAndCountEquipment(
    {
      account_id: actor.account_id,
      ...(sites ? { site_id: sites } : {}),
      ...(status ? { status } : {}),
      ...(due_soon === true ? { next_due_date: { $lte: dueSoonLimit() } } : {}),
      ...(q ? { q } : {}),
    },
    { select: req.queryConfig.fields, skip, take, order: order ?? { name: "ASC" } }
  )
  const equipment = await presentEquipmentList(req.scope, rows, "/store/portal/equipment")
  res.json({ equipment, count, offset: skip, limit: take })
}
