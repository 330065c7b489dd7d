import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { findScopedReservation } from "../../../../../../lib/rental/present"
import { confirmRentalWorkflow } from "../../../../../../workflows/rental/confirm-rental"
import { loadAdminRental } from "../../helpers"
import type { AdminConfirmRentalType } from "../../validators"

/** Confirms a request with the units assigned at request time, or those staff choose per line; may mark a loan. */
export async function POST(req: AuthenticatedMedusaRequest<AdminConfirmRentalType>, res: MedusaResponse) {
  const reservation = await findScopedReservation(req.scope, req.params.id, null, [])
  const run = await answerConflict(res, () =>
    confirmRentalWorkflow(req.scope).run({ input: { id: reservation.id, units: req.validatedBody.units, is_loan: req.validatedBody.is_loan, lock_owner: randomUUID() } })
  )
  if (!run) return
  res.json({ rental: await loadAdminRental(req, reservation.id) })
}
