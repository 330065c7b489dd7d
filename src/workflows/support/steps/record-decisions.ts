import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { ChangeRequestStatus } from "../../../modules/support/statuses"

export type RecordDecisionsInput = {
  change_request_id: string
  account_id: string
  staff_id: string | null
  decisions: { field_id: string; field: string; decision: "approved" | "rejected"; reason: string | null; before: string | null; after: string | null }[]
  /** The request's status once these decisions are in. */
  status: ChangeRequestStatus
}

/**
 * Writes staff's per-field decisions (only while every one is still pending: 409 otherwise), the request's
 * status and the audit trail; put back on failure.
 */
export const recordDecisionsStep = createStep("record-support-change-decisions", async (input: RecordDecisionsInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const now = new Date()
  await support.decideChangeFields(input.change_request_id, input.decisions, input.staff_id)
  const decided = input.status !== "pending"
  await support.updateChangeRequests({ id: input.change_request_id, status: input.status, decided_by: decided ? input.staff_id : null, decided_at: decided ? now : null })
  const audit = await support.createChangeAuditEntries(
    input.decisions.flatMap((d) => [
      { account_id: input.account_id, change_request_id: input.change_request_id, action: d.decision, field: d.field, old_value: d.before, new_value: d.after, reason: d.reason, actor_type: "staff", actor_id: input.staff_id },
      ...(d.decision === "approved"
        ? [{ account_id: input.account_id, change_request_id: input.change_request_id, action: "applied", field: d.field, old_value: d.before, new_value: d.after, actor_type: "staff", actor_id: input.staff_id }]
        : []),
    ])
  )
  return new StepResponse(input.status, { input, audit_ids: audit.map((a) => a.id) })
}, async (saved, { container }) => {
  if (!saved) return
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  for (const d of saved.input.decisions) {
    await support.updateChangeRequestFields({ id: d.field_id, decision: "pending", reason: null, decided_by: null, decided_at: null, applied_value_before: null, applied_at: null })
  }
  await support.updateChangeRequests({ id: saved.input.change_request_id, status: "pending", decided_by: null, decided_at: null })
  if (saved.audit_ids.length) await support.deleteChangeAuditEntries(saved.audit_ids)
})
