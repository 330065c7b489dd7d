import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findScopedReservation, presentRentalDetail } from "../../../../../lib/rental/present"
import { getPortalActor, recordScope } from "../../../../../lib/portal-actor"

export { AUTHENTICATE } from "../../authenticate-client"

/** One rental: units, dates, slips (with their PDFs), charges and what cancelling or moving it would cost. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const reservation = await findScopedReservation(req.scope, req.params.id, recordScope(actor))
  res.json({ rental: await presentRentalDetail(req.scope, reservation, "/store/portal/rentals") })
}
