import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findScopedReservation } from "../../../../../../lib/rental/present"
import { returnRentalWorkflow } from "../../../../../../workflows/rental/handover-rental"
import { loadAdminRental } from "../../helpers"
import type { AdminReturnRentalType } from "../../validators"

/**
 * The units come back: return slip (condition, photos, readings, damage, missing items), charges and, unless
 * it is a loan, the Medusa order for them.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminReturnRentalType>, res: MedusaResponse) {
  const reservation = await findScopedReservation(req.scope, req.params.id, null, [])
  const body = req.validatedBody
  const { result } = await returnRentalWorkflow(req.scope).run({
    input: {
      id: reservation.id,
      performed_at: (body.performed_at ?? new Date()).toISOString(),
      condition_notes: body.condition_notes ?? null,
      client_signature_name: body.client_signature_name ?? null,
      staff_signature_name: body.staff_signature_name ?? null,
      units: body.units,
      photos: body.photos ?? [],
      damage: body.damage ?? false,
      damage_amount: body.damage_amount ?? 0,
      damage_note: body.damage_note ?? null,
      missing_items: body.missing_items ?? null,
      lock_owner: randomUUID(),
    },
  })
  res.json({ rental: await loadAdminRental(req, reservation.id), order_id: result.order_id, total: result.total })
}
