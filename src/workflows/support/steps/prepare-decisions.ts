import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { currentValue, loadTarget } from "../../../lib/support/change-fields"
import { loadChangeRequest } from "../../../lib/support/change-requests"
import type { ChangeRequestStatus, ChangeTarget } from "../../../modules/support/statuses"

export type PrepareDecisionsInput = {
  change_request_id: string
  decisions: { field_id: string; decision: "approved" | "rejected"; reason: string | null }[]
}

export type PreparedDecisions = {
  change_request_id: string
  account_id: string
  target: ChangeTarget
  site_id: string | null
  requested_by_member_id: string | null
  /** The request's status once these decisions are in. */
  status: ChangeRequestStatus
  decisions: { field_id: string; field: string; decision: "approved" | "rejected"; reason: string | null; before: string | null; after: string | null }[]
}

/**
 * Reads the request as it is now, under the workflow's lock: every decided field must still be pending (409
 * otherwise, so a second reviewer's click decides nothing), and the values before and the request's status
 * follow from this state, not from what the route read before the lock. Writes nothing.
 */
export const prepareDecisionsStep = createStep("prepare-support-change-decisions", async (input: PrepareDecisionsInput, { container }) => {
  const request = await loadChangeRequest(container, input.change_request_id)
  const byId = new Map((request.fields ?? []).map((f) => [f.id, f]))
  for (const d of input.decisions) {
    const field = byId.get(d.field_id)
    if (!field) throw new MedusaError(MedusaError.Types.INVALID_DATA, `decisions.field_id: ${d.field_id} is not a field of this request`)
    if (field.decision !== "pending") throw new MedusaError(MedusaError.Types.CONFLICT, `decisions.field_id: ${field.field} was already ${field.decision}`)
  }
  const record = await loadTarget(container, request.account_id, request.target, request.site_id)
  if (!record) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "site_id: the site no longer exists")
  const decidedNow = new Map(input.decisions.map((d) => [d.field_id, d.decision]))
  const outcome = (request.fields ?? []).map((f) => decidedNow.get(f.id) ?? f.decision)
  const status: ChangeRequestStatus = outcome.includes("pending")
    ? "pending"
    : outcome.every((o) => o === "approved")
      ? "approved"
      : outcome.every((o) => o === "rejected")
        ? "rejected"
        : "partially_approved"
  const prepared: PreparedDecisions = {
    change_request_id: request.id,
    account_id: request.account_id,
    target: request.target,
    site_id: request.site_id,
    requested_by_member_id: request.requested_by_member_id,
    status,
    decisions: input.decisions.map((d) => {
      const field = byId.get(d.field_id)!
      return { ...d, field: field.field, before: currentValue(request.target, record, field.field), after: field.proposed_value }
    }),
  }
  return new StepResponse(prepared)
})
