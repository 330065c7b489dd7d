import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { ChangeTarget } from "../../../modules/support/statuses"

export type RecordChangeRequestInput = {
  account_id: string
  target: ChangeTarget
  site_id: string | null
  note: string | null
  member: { id: string | null; name: string | null }
  fields: { field: string; current_value: string | null; proposed_value: string | null; locked: boolean }[]
}

/**
 * Records a member's request with its fields and the audit trail's "requested" lines. Fields the settings
 * leave unlocked are approved at once (the member may change them), so the workflow applies them next.
 */
export const recordChangeRequestStep = createStep("record-support-change-request", async (input: RecordChangeRequestInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const now = new Date()
  const allFree = input.fields.every((f) => !f.locked)
  const request = await support.createChangeRequests({
    account_id: input.account_id,
    target: input.target,
    site_id: input.site_id,
    note: input.note,
    requested_by_member_id: input.member.id,
    requested_by_name: input.member.name,
    status: allFree ? "approved" : "pending",
    decided_at: allFree ? now : null,
    decided_by: allFree ? input.member.id : null,
  })
  await support.createChangeRequestFields(
    input.fields.map((f) => ({
      change_request_id: request.id,
      field: f.field,
      current_value: f.current_value,
      proposed_value: f.proposed_value,
      decision: f.locked ? ("pending" as const) : ("approved" as const),
      decided_by: f.locked ? null : input.member.id,
      decided_at: f.locked ? null : now,
      applied_value_before: f.locked ? null : f.current_value,
      applied_at: f.locked ? null : now,
    }))
  )
  await support.createChangeAuditEntries(
    input.fields.flatMap((f) => [
      { account_id: input.account_id, change_request_id: request.id, action: "requested", field: f.field, old_value: f.current_value, new_value: f.proposed_value, actor_type: "member", actor_id: input.member.id },
      ...(f.locked ? [] : [{ account_id: input.account_id, change_request_id: request.id, action: "applied", field: f.field, old_value: f.current_value, new_value: f.proposed_value, actor_type: "member", actor_id: input.member.id }]),
    ])
  )
  return new StepResponse(request, request.id)
}, async (id, { container }) => {
  if (!id) return
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const audit = await support.listChangeAuditEntries({ change_request_id: id }, { select: ["id"] })
  if (audit.length) await support.deleteChangeAuditEntries(audit.map((a) => a.id))
  await support.deleteChangeRequests(id)
})
