import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadAdminRental } from "../helpers"

/** One rental with its units, assignments, slips and charges. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ rental: await loadAdminRental(req, req.params.id) })
}
