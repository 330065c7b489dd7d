import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { planDateChange } from "../../../../../../lib/rental/change-plan"
import { DETAIL_RELATIONS, findScopedReservation, presentRentalDetail } from "../../../../../../lib/rental/present"
import { assertCan, getPortalActor, recordScope } from "../../../../../../lib/portal-actor"
import { changeRentalDatesWorkflow } from "../../../../../../workflows/rental/change-rental-dates"
import type { StoreChangeRentalType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * Moves a reservation to new dates under the change rule; `preview: true` answers the new total and fee (or
 * the refusal naming the rule or the dates) without changing anything.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreChangeRentalType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const reservation = await findScopedReservation(req.scope, req.params.id, recordScope(actor), ["lines"])
  assertCan(actor, "request")
  const { starts_at, ends_at, preview } = req.validatedBody
  if (preview) {
    const plan = await answerConflict(res, () => planDateChange(req.scope, reservation.id, starts_at, ends_at))
    if (!plan) return
    return res.json({ preview: { allowed: true, fee: plan.fee, estimated_total: plan.estimated_total, currency_code: reservation.currency_code } })
  }
  const client = await describeClient(req, actor)
  const run = await answerConflict(res, () =>
    changeRentalDatesWorkflow(req.scope).run({
      input: {
        id: reservation.id,
        account_id: reservation.account_id,
        number: reservation.number,
        model_ids: (reservation.lines ?? []).map((l) => l.model_id),
        starts_at: starts_at.toISOString(),
        ends_at: ends_at.toISOString(),
        actor_customer_id: actor.customer_id,
        actor_name: client.name,
        lock_owner: randomUUID(),
      },
    })
  )
  if (!run) return
  const updated = await findScopedReservation(req.scope, reservation.id, recordScope(actor), DETAIL_RELATIONS)
  res.json({ rental: await presentRentalDetail(req.scope, updated, "/store/portal/rentals") })
}
