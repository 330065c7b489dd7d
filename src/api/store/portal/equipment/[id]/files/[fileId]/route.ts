import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendEquipmentFile } from "../../../../../../../lib/fleet/send-equipment-file"
import { findVisibleEquipment } from "../../../visible-equipment"

export { AUTHENTICATE } from "../../../../authenticate-client"

/** A private photo or document of a machine, only to the account that owns it (and within the caller's sites). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { equipment } = await findVisibleEquipment(req)
  await sendEquipmentFile(req, res, equipment.id, req.params.fileId)
}
