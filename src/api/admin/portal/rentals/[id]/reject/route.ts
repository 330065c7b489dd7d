import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findScopedReservation } from "../../../../../../lib/rental/present"
import { rejectRentalWorkflow } from "../../../../../../workflows/rental/confirm-rental"
import { loadAdminRental } from "../../helpers"
import type { AdminRejectRentalType } from "../../validators"

/** Refuses a request with a reason the client reads; its units are freed at once. */
export async function POST(req: AuthenticatedMedusaRequest<AdminRejectRentalType>, res: MedusaResponse) {
  const reservation = await findScopedReservation(req.scope, req.params.id, null, [])
  await rejectRentalWorkflow(req.scope).run({ input: { id: reservation.id, reason: req.validatedBody.reason, lock_owner: randomUUID() } })
  res.json({ rental: await loadAdminRental(req, reservation.id) })
}
