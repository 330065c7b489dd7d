import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendEquipmentFile } from "../../../../../../../lib/fleet/send-equipment-file"
import { findEquipment } from "../../../../../../../workflows/fleet/steps/load-equipment"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const equipment = await findEquipment(req.scope, req.params.id)
  await sendEquipmentFile(req, res, equipment.id, req.params.fileId)
}
