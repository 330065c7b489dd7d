import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { currentValue, loadTarget } from "../../../../../../lib/support/change-fields"
import { adminChangeRequest, loadChangeRequest } from "../../../../../../lib/support/change-requests"
import { accountNames } from "../../../../../../lib/support/tickets"
import type { ChangeRequestStatus } from "../../../../../../modules/support/statuses"
import { decideChangeRequestWorkflow } from "../../../../../../workflows/support/change-requests"
import type { AdminDecideChangeRequestType } from "../../validators"

/**
 * Staff approve or reject pending fields, each with an optional reason; approval writes exactly the approved
 * values. A field already decided answers 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminDecideChangeRequestType>, res: MedusaResponse) {
  const request = await loadChangeRequest(req.scope, req.params.id)
  const byId = new Map((request.fields ?? []).map((f) => [f.id, f]))
  const decisions = req.validatedBody.decisions
  for (const d of decisions) {
    const field = byId.get(d.field_id)
    if (!field) throw new MedusaError(MedusaError.Types.INVALID_DATA, `decisions.field_id: ${d.field_id} is not a field of this request`)
    if (field.decision !== "pending") return res.status(409).json({ type: "conflict", message: `decisions.field_id: ${field.field} was already ${field.decision}` })
  }
  if (new Set(decisions.map((d) => d.field_id)).size !== decisions.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "decisions.field_id: a field is decided twice")
  const record = await loadTarget(req.scope, request.account_id, request.target, request.site_id)
  if (!record) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "site_id: the site no longer exists")
  const decidedNow = new Map(decisions.map((d) => [d.field_id, d.decision]))
  const outcome = (request.fields ?? []).map((f) => decidedNow.get(f.id) ?? f.decision)
  const status: ChangeRequestStatus = outcome.includes("pending")
    ? "pending"
    : outcome.every((o) => o === "approved")
      ? "approved"
      : outcome.every((o) => o === "rejected")
        ? "rejected"
        : "partially_approved"
  await decideChangeRequestWorkflow(req.scope).run({
    input: {
      change_request_id: request.id,
      account_id: request.account_id,
      target: request.target,
      site_id: request.site_id,
      requested_by_member_id: request.requested_by_member_id,
      staff_id: req.auth_context.actor_id,
      status,
      lock_owner: randomUUID(),
      decisions: decisions.map((d) => {
        const field = byId.get(d.field_id)!
        return { field_id: d.field_id, field: field.field, decision: d.decision, reason: d.reason ?? null, before: currentValue(request.target, record, field.field), after: field.proposed_value }
      }),
    },
  })
  const saved = await loadChangeRequest(req.scope, request.id)
  const names = await accountNames(req.scope, [saved.account_id])
  res.json({ change_request: await adminChangeRequest(req.scope, saved, names.get(saved.account_id) ?? null) })
}
