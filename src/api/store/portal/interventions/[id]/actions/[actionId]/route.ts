import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findIntervention } from "../../../../../../../lib/field-service/interventions"
import { assertCan } from "../../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../../lib/quotes/actors"
import { PORTAL_ACTION_RULES, type PortalActionRule } from "../../../../../../../modules/fieldService/contract"
import { closeFromPortalActionWorkflow, createFromPortalActionWorkflow } from "../../../../../../../workflows/field-service/run-portal-action"
import type { StoreRunPortalActionType } from "../../../validators"
import { clientScope, findVisibleIntervention, presentForClient } from "../../../visible-intervention"

export { AUTHENTICATE } from "../../../../authenticate-client"

/**
 * Runs one of the intervention type's portal actions: creates a new visit or one linked to this one (201 with
 * the new intervention), or closes this one with the survey's answers (201 with it). The conditions are
 * checked again under the intervention's lock; one that no longer holds answers 409 naming its rule.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreRunPortalActionType>, res: MedusaResponse) {
  const { actor, intervention } = await findVisibleIntervention(req)
  const action = (intervention.type?.portal_actions ?? []).find((a) => a.id === req.params.actionId)
  if (!action) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Action with id: ${req.params.actionId} was not found`)
  assertCan(actor, "request")
  const body = req.validatedBody
  const closing = action.kind === "close"
  if (!closing && !body.description) throw new MedusaError(MedusaError.Types.INVALID_DATA, "description is required to create an intervention")
  const client = await describeClient(req, actor)
  const scope = clientScope(actor)
  const input = {
    intervention_id: intervention.id,
    scope,
    action_id: action.id,
    closing,
    description: body.description ?? null,
    answers: body.answers ?? {},
    member_id: actor.member_id,
    actor_customer_id: actor.customer_id,
    actor_name: client.name,
    lock_owner: randomUUID(),
  }
  let resultId: string
  try {
    const { result } = closing ? await closeFromPortalActionWorkflow(req.scope).run({ input }) : await createFromPortalActionWorkflow(req.scope).run({ input })
    resultId = result.id
  } catch (error) {
    const { type, message } = error as { type?: string; message?: string }
    const rule = message?.split(":")[0] as PortalActionRule | undefined
    if (type === MedusaError.Types.NOT_ALLOWED && rule && (PORTAL_ACTION_RULES as readonly string[]).includes(rule)) {
      res.status(409).json({ type: "not_allowed", rule, message })
      return
    }
    throw error
  }
  // A new visit is the caller's own even where the session's scope is one intervention (a link).
  const shown = await findIntervention(req.scope, resultId, closing ? scope : { account_id: actor.account_id })
  res.status(201).json({ intervention: await presentForClient(req, actor, shown!) })
}
