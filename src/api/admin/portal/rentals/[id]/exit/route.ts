import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findScopedReservation } from "../../../../../../lib/rental/present"
import { exitRentalWorkflow } from "../../../../../../workflows/rental/handover-rental"
import { loadAdminRental } from "../../helpers"
import type { AdminExitRentalType } from "../../validators"

/** The units leave: exit slip with condition, photos, meter readings (through the fleet's checks) and signatures. */
export async function POST(req: AuthenticatedMedusaRequest<AdminExitRentalType>, res: MedusaResponse) {
  const reservation = await findScopedReservation(req.scope, req.params.id, null, [])
  const body = req.validatedBody
  await exitRentalWorkflow(req.scope).run({
    input: {
      id: reservation.id,
      performed_at: (body.performed_at ?? new Date()).toISOString(),
      condition_notes: body.condition_notes ?? null,
      client_signature_name: body.client_signature_name ?? null,
      staff_signature_name: body.staff_signature_name ?? null,
      units: body.units,
      photos: body.photos ?? [],
      lock_owner: randomUUID(),
    },
  })
  res.json({ rental: await loadAdminRental(req, reservation.id) })
}
