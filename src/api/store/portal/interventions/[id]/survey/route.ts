import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findIntervention } from "../../../../../../lib/field-service/interventions"
import { assertCan } from "../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { answerSurveyWorkflow } from "../../../../../../workflows/field-service/answer-survey"
import type { StoreAnswerSurveyType } from "../../validators"
import { clientScope, findVisibleIntervention, presentForClient } from "../../visible-intervention"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The client answers the type's satisfaction survey, once, after the visit (staff are alerted). */
export async function POST(req: AuthenticatedMedusaRequest<StoreAnswerSurveyType>, res: MedusaResponse) {
  const { actor, intervention } = await findVisibleIntervention(req)
  assertCan(actor, "request")
  const client = await describeClient(req, actor)
  const scope = clientScope(actor)
  await answerSurveyWorkflow(req.scope).run({
    input: {
      intervention_id: intervention.id,
      scope,
      answers: req.validatedBody.answers,
      member_id: actor.member_id,
      actor_customer_id: actor.customer_id,
      actor_name: client.name,
    },
  })
  const updated = await findIntervention(req.scope, intervention.id, scope)
  res.status(201).json({ intervention: await presentForClient(req, actor, updated!) })
}
