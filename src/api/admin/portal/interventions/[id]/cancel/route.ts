import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { findIntervention, presentAdminIntervention } from "../../../../../../lib/field-service/interventions"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { cancelInterventionWorkflow } from "../../../../../../workflows/field-service/cancel-intervention"
import type { AdminCancelInterventionType } from "../../validators"

/** Staff cancel a request or a visit not started yet, whatever the client's deadlines. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelInterventionType>, res: MedusaResponse) {
  const staff = await describeStaff(req)
  const run = await answerConflict(res, () =>
    cancelInterventionWorkflow(req.scope).run({
      input: {
        intervention_id: req.params.id,
        scope: null,
        reason: req.validatedBody.reason?.trim() || null,
        actor: { type: "user", id: staff.id },
        actor_name: staff.name,
        lock_owner: randomUUID(),
      },
    })
  )
  if (!run) return
  res.json({ intervention: await presentAdminIntervention(req.scope, (await findIntervention(req.scope, req.params.id))!) })
}
