import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { applyApprovedFieldsStep } from "./steps/apply-approved-fields"
import { recordChangeRequestStep, type RecordChangeRequestInput } from "./steps/record-change-request"
import { prepareDecisionsStep, type PrepareDecisionsInput } from "./steps/prepare-decisions"
import { recordDecisionsStep } from "./steps/record-decisions"

/**
 * A member proposes changes to their company's or a site's data. Unlocked fields apply at once; locked ones
 * wait for staff, who are alerted (`portal.change_request.created`).
 */
export const createChangeRequestWorkflow = createWorkflow("create-support-change-request", (input: RecordChangeRequestInput) => {
  const request = recordChangeRequestStep(input)
  applyApprovedFieldsStep(
    transform({ input }, ({ input }) => ({
      account_id: input.account_id,
      target: input.target,
      site_id: input.site_id,
      values: Object.fromEntries(input.fields.filter((f) => !f.locked).map((f) => [f.field, f.proposed_value])),
    }))
  )
  when({ input }, ({ input }) => input.fields.some((f) => f.locked)).then(() => {
    emitEventStep(
      transform({ input, request }, ({ input, request }) => ({
        eventName: "portal.change_request.created",
        data: { id: request.id, account_id: input.account_id, actor_name: input.member.name, field_count: input.fields.filter((f) => f.locked).length },
      }))
    )
  })
  return new WorkflowResponse(request)
})

export type DecideChangeRequestInput = PrepareDecisionsInput & { staff_id: string | null; lock_owner: string }

/**
 * Staff decide a request field by field. Under the request's lock, the request is read afresh: a field
 * already decided answers 409 (two reviewers, two clicks: one decision); then the decisions are written only
 * while the fields are still pending, exactly the approved values are applied (account, site, members'
 * billing addresses), with the audit trail; the member is told (`support.change_request.decided`) once
 * nothing is pending.
 */
export const decideChangeRequestWorkflow = createWorkflow("decide-support-change-request", (input: DecideChangeRequestInput) => {
  const key = transform({ input }, ({ input }) => `support-change-request:${input.change_request_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60, ownerId: input.lock_owner })
  const prepared = prepareDecisionsStep(transform({ input }, ({ input }) => ({ change_request_id: input.change_request_id, decisions: input.decisions })))
  const status = recordDecisionsStep(
    transform({ input, prepared }, ({ input, prepared }) => ({
      change_request_id: prepared.change_request_id,
      account_id: prepared.account_id,
      staff_id: input.staff_id,
      decisions: prepared.decisions,
      status: prepared.status,
    }))
  )
  applyApprovedFieldsStep(
    transform({ prepared }, ({ prepared }) => ({
      account_id: prepared.account_id,
      target: prepared.target,
      site_id: prepared.site_id,
      values: Object.fromEntries(prepared.decisions.filter((d) => d.decision === "approved").map((d) => [d.field, d.after])),
    }))
  )
  when({ prepared }, ({ prepared }) => prepared.status !== "pending").then(() => {
    emitEventStep(
      transform({ prepared }, ({ prepared }) => ({
        eventName: "support.change_request.decided",
        data: {
          id: prepared.change_request_id,
          account_id: prepared.account_id,
          status: prepared.status,
          member_ids: prepared.requested_by_member_id ? [prepared.requested_by_member_id] : [],
        },
      }))
    )
  })
  releaseLockStep({ key, ownerId: input.lock_owner })
  return new WorkflowResponse(status)
})
