import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentEquipmentDetail } from "../../../../../lib/fleet/present-equipment"
import { findVisibleEquipment } from "../visible-equipment"

/** One machine with its log, plans, next due and meters; another account's machine answers 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { equipment } = await findVisibleEquipment(req)
  res.json({ equipment: await presentEquipmentDetail(req.scope, equipment, "/store/portal/equipment") })
}
