import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { findIntervention, presentAdminIntervention } from "../../../../../../lib/field-service/interventions"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { scheduleInterventionWorkflow } from "../../../../../../workflows/field-service/schedule-intervention"
import type { AdminScheduleInterventionType } from "../../validators"

/**
 * Staff assign or move an intervention to a technician and time (the planning board). The same checks as a
 * client's booking (overlap, travel from and to the neighbouring visits, absences) under the same locks, but
 * not working hours: staff may plan overtime. A clash answers 409 naming the other visit.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminScheduleInterventionType>, res: MedusaResponse) {
  const staff = await describeStaff(req)
  const run = await answerConflict(res, () =>
    scheduleInterventionWorkflow(req.scope).run({
      input: {
        intervention_id: req.params.id,
        scope: null,
        technician_id: req.validatedBody.technician_id,
        start: req.validatedBody.starts_at,
        end: req.validatedBody.ends_at ?? null,
        mode: "staff",
        actor: { type: "user", id: staff.id },
        actor_name: staff.name,
        lock_owner: randomUUID(),
      },
    })
  )
  if (!run) return
  res.json({ intervention: await presentAdminIntervention(req.scope, (await findIntervention(req.scope, req.params.id))!) })
}
