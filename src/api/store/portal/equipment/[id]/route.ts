import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadEquipmentDetail } from "../../../../../lib/fleet/equipment-detail"
import { presentEquipmentDetail } from "../../../../../lib/fleet/present-equipment"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { equipmentIsVisible, equipmentNotFound } from "../visible-equipment"

export { AUTHENTICATE } from "../../authenticate-client"

/** One machine (or a rental unit while out on rent to the account) with its log, plans, next due and meters; another account's machine answers 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const detail = await loadEquipmentDetail(req.scope, { id: req.params.id })
  if (!detail || !(await equipmentIsVisible(req.scope, actor, detail.equipment))) throw equipmentNotFound(req.params.id)
  res.json({ equipment: await presentEquipmentDetail(req.scope, detail, "/store/portal/equipment") })
}
