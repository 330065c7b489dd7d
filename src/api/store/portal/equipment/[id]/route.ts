import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadEquipmentDetail } from "../../../../../lib/fleet/equipment-detail"
import { presentEquipmentDetail } from "../../../../../lib/fleet/present-equipment"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { RENTAL_FLEET_ACCOUNT_ID } from "../../../../../lib/rental/fleet-owner"
import { onRentSite, onRentSiteName } from "../../../../../lib/rental/on-rent"
import { equipmentIsVisible, equipmentNotFound } from "../visible-equipment"

export { AUTHENTICATE } from "../../authenticate-client"

/** One machine (or a rental unit while out on rent to the account) with its log, plans, next due and meters; another account's machine answers 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const detail = await loadEquipmentDetail(req.scope, { id: req.params.id })
  if (!detail || !(await equipmentIsVisible(req.scope, actor, detail.equipment))) throw equipmentNotFound(req.params.id)
  if (detail.equipment.account_id === RENTAL_FLEET_ACCOUNT_ID) {
    // A machine on rent is, for the client, at the reservation's site, as the fleet list shows it.
    const site = (await onRentSite(req.scope, detail.equipment.id, actor.account_id)) ?? null
    detail.equipment = { ...detail.equipment, site_id: site ?? "" }
    detail.site_name = await onRentSiteName(req.scope, site)
  }
  res.json({ equipment: await presentEquipmentDetail(req.scope, detail, "/store/portal/equipment") })
}
