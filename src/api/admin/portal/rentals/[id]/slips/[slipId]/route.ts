import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendSlipPdf } from "../../../../../../../lib/rental/slip-pdf"

/** An exit or return slip's PDF. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendSlipPdf(req, res, null)
}
