import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { adminChangeRequest, loadChangeRequest } from "../../../../../../lib/support/change-requests"
import { accountNames } from "../../../../../../lib/support/tickets"
import { decideChangeRequestWorkflow } from "../../../../../../workflows/support/change-requests"
import type { AdminDecideChangeRequestType } from "../../validators"

/**
 * Staff approve or reject pending fields, each with an optional reason; approval writes exactly the approved
 * values. Whether a field is still pending is checked inside the workflow, under the request's lock: a field
 * already decided (by another reviewer a moment before) answers 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminDecideChangeRequestType>, res: MedusaResponse) {
  const request = await loadChangeRequest(req.scope, req.params.id)
  const decisions = req.validatedBody.decisions
  if (new Set(decisions.map((d) => d.field_id)).size !== decisions.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "decisions.field_id: a field is decided twice")
  const decided = await answerConflict(res, () =>
    decideChangeRequestWorkflow(req.scope).run({
      input: {
        change_request_id: request.id,
        staff_id: req.auth_context.actor_id,
        lock_owner: randomUUID(),
        decisions: decisions.map((d) => ({ field_id: d.field_id, decision: d.decision, reason: d.reason ?? null })),
      },
    })
  )
  if (!decided) return
  const saved = await loadChangeRequest(req.scope, request.id)
  const names = await accountNames(req.scope, [saved.account_id])
  res.json({ change_request: await adminChangeRequest(req.scope, saved, names.get(saved.account_id) ?? null) })
}
