import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findIntervention } from "../../../../../../lib/field-service/interventions"
import { assertCan } from "../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { cancelInterventionWorkflow } from "../../../../../../workflows/field-service/cancel-intervention"
import type { StoreCancelInterventionType } from "../../validators"
import { answerBookingError, clientScope, findVisibleIntervention, presentForClient } from "../../visible-intervention"

export { AUTHENTICATE } from "../../../authenticate-client"

/** A client cancels a request, or a booked visit until the cancel deadline; a refusal names the rule. */
export async function POST(req: AuthenticatedMedusaRequest<StoreCancelInterventionType>, res: MedusaResponse) {
  const { actor, intervention } = await findVisibleIntervention(req)
  assertCan(actor, "request")
  const client = await describeClient(req, actor)
  const scope = clientScope(actor)
  try {
    await cancelInterventionWorkflow(req.scope).run({
      input: {
        intervention_id: intervention.id,
        scope,
        reason: req.validatedBody.reason?.trim() || null,
        actor: { type: actor.member_id ? "member" : "system", id: actor.member_id },
        actor_name: client.name,
        lock_owner: randomUUID(),
      },
    })
  } catch (error) {
    if (await answerBookingError(res, error, async () => [])) return
    throw error
  }
  const updated = await findIntervention(req.scope, intervention.id, scope)
  res.json({ intervention: await presentForClient(req, actor, updated!) })
}
