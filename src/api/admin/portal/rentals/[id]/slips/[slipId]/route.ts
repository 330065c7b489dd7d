import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendSlipPdf } from "../../../../../../../lib/rental/slip-pdf"

/** An exit or return slip's PDF, in the client account's language (as it is printed for the client to sign). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendSlipPdf(req, res, null, null)
}
