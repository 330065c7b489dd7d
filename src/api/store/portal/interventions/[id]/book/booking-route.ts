import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentSlot, slotsFor } from "../../../../../../lib/field-service/calendars"
import { findIntervention } from "../../../../../../lib/field-service/interventions"
import { fieldServiceSettings } from "../../../../../../lib/field-service/settings"
import { assertCan } from "../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { scheduleInterventionWorkflow } from "../../../../../../workflows/field-service/schedule-intervention"
import type { StoreBookSlotType } from "../../validators"
import { answerBookingError, clientScope, findVisibleIntervention, presentForClient } from "../../visible-intervention"

const DAY = 86_400_000

/**
 * A client takes a proposed slot (`book`) or moves a booked visit to another (`reschedule`). 404 first for an
 * intervention outside the caller's scope, then the role; the workflow re-checks rules and calendar under the
 * locks. A slot taken meanwhile answers 409 with fresh alternatives; a rule's refusal, 400 naming the rule.
 */
export async function bookOrReschedule(req: AuthenticatedMedusaRequest<StoreBookSlotType>, res: MedusaResponse, mode: "book" | "reschedule") {
  const { actor, intervention } = await findVisibleIntervention(req)
  assertCan(actor, "request")
  const client = await describeClient(req, actor)
  const scope = clientScope(actor)
  try {
    await scheduleInterventionWorkflow(req.scope).run({
      input: {
        intervention_id: intervention.id,
        scope,
        technician_id: req.validatedBody.technician_id,
        start: req.validatedBody.starts_at,
        mode,
        actor: { type: actor.member_id ? "member" : "system", id: actor.member_id },
        actor_name: client.name,
        lock_owner: randomUUID(),
      },
    })
  } catch (error) {
    const answered = await answerBookingError(res, error, async () => {
      const settings = await fieldServiceSettings(req.scope)
      const now = Date.now()
      const slots = await slotsFor(req.scope, intervention, settings, { from: now, to: now + settings.booking_horizon_days * DAY, limit: 20, now })
      return slots.map(presentSlot)
    })
    if (answered) return
    throw error
  }
  const updated = await findIntervention(req.scope, intervention.id, scope)
  res.json({ intervention: await presentForClient(req, actor, updated!) })
}
