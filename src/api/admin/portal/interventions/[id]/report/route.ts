import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { findIntervention, presentAdminIntervention } from "../../../../../../lib/field-service/interventions"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { completeInterventionWorkflow } from "../../../../../../workflows/field-service/complete-intervention"
import type { AdminCompleteInterventionType } from "../../validators"

/** Staff enter a visit's report; the machine's maintenance log, meters and plan follow (see the workflow). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCompleteInterventionType>, res: MedusaResponse) {
  const staff = await describeStaff(req)
  const body = req.validatedBody
  const run = await answerConflict(res, () =>
    completeInterventionWorkflow(req.scope).run({
      input: {
        intervention_id: req.params.id,
        work_done: body.work_done,
        parts: body.parts,
        duration_minutes: body.duration_minutes ?? null,
        meter_values: body.meter_values,
        signature_name: body.signature_name?.trim() || null,
        completed_at: body.completed_at ?? new Date(),
        actor: { type: "user", id: staff.id },
        lock_owner: randomUUID(),
      },
    })
  )
  if (!run) return
  res.json({ intervention: await presentAdminIntervention(req.scope, (await findIntervention(req.scope, req.params.id))!) })
}
