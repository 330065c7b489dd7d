import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadEquipmentDetail } from "../../../../../lib/fleet/equipment-detail"
import { presentEquipmentDetail } from "../../../../../lib/fleet/present-equipment"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { equipmentIsVisible, equipmentNotFound } from "../visible-equipment"

export { AUTHENTICATE } from "../../authenticate-client"

/** One machine with its log, plans, next due and meters; another account's machine answers 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const detail = await loadEquipmentDetail(req.scope, { id: req.params.id, account_id: actor.account_id })
  if (!detail || !equipmentIsVisible(actor, detail.equipment)) throw equipmentNotFound(req.params.id)
  res.json({ equipment: await presentEquipmentDetail(req.scope, detail, "/store/portal/equipment") })
}
