import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { rentalSettingsOf } from "../../../../../../lib/rental/models"
import { DETAIL_RELATIONS, findScopedReservation, presentRentalDetail } from "../../../../../../lib/rental/present"
import { cancellationPolicy } from "../../../../../../lib/rental/settings"
import { assertCan, getPortalActor, recordScope } from "../../../../../../lib/portal-actor"
import { cancelRentalWorkflow } from "../../../../../../workflows/rental/cancel-rental"
import type { StoreCancelRentalType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * Cancels a reservation under the business's rule; `preview: true` answers the fee (or the rule refusing it)
 * without cancelling. Another account's rental answers 404 before anything else.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCancelRentalType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const reservation = await findScopedReservation(req.scope, req.params.id, recordScope(actor), [])
  assertCan(actor, "request")
  if (req.validatedBody.preview) {
    const policy = cancellationPolicy(
      await rentalSettingsOf(req.scope),
      { status: reservation.status, starts_at: new Date(reservation.starts_at), estimated_total: Number(reservation.estimated_total), is_loan: reservation.is_loan },
      new Date()
    )
    return res.json({ preview: { allowed: policy.allowed, fee: policy.fee, refusal: policy.refusal, currency_code: reservation.currency_code } })
  }
  const client = await describeClient(req, actor)
  const run = await answerConflict(res, () =>
    cancelRentalWorkflow(req.scope).run({
      input: { id: reservation.id, actor_customer_id: actor.customer_id, actor_name: client.name, lock_owner: randomUUID() },
    })
  )
  if (!run) return
  const updated = await findScopedReservation(req.scope, reservation.id, recordScope(actor), DETAIL_RELATIONS)
  res.json({ rental: await presentRentalDetail(req.scope, updated, "/store/portal/rentals") })
}
