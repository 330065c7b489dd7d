import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendSlipPhoto } from "../../../../../../../lib/rental/slip-pdf"

/** A photo of a rental's exit or return slip. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendSlipPhoto(req, res, null)
}
