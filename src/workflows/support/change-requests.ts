import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { applyApprovedFieldsStep } from "./steps/apply-approved-fields"
import { recordChangeRequestStep, type RecordChangeRequestInput } from "./steps/record-change-request"
import { recordDecisionsStep, type RecordDecisionsInput } from "./steps/record-decisions"

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

export type DecideChangeRequestInput = RecordDecisionsInput & {
  target: "account" | "site"
  site_id: string | null
  requested_by_member_id: string | null
  lock_owner: string
}

/**
 * Staff decide a request field by field, under a lock so two reviewers never apply the same field twice:
 * exactly the approved fields are written (account, site, members' billing addresses), then the decisions and
 * the audit trail; the member is told (`support.change_request.decided`) once nothing is pending.
 */
export const decideChangeRequestWorkflow = createWorkflow("decide-support-change-request", (input: DecideChangeRequestInput) => {
  const key = transform({ input }, ({ input }) => `support-change-request:${input.change_request_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60, ownerId: input.lock_owner })
  applyApprovedFieldsStep(
    transform({ input }, ({ input }) => ({
      account_id: input.account_id,
      target: input.target,
      site_id: input.site_id,
      values: Object.fromEntries(input.decisions.filter((d) => d.decision === "approved").map((d) => [d.field, d.after])),
    }))
  )
  const status = recordDecisionsStep(input)
  when({ input }, ({ input }) => input.status !== "pending").then(() => {
    emitEventStep(
      transform({ input }, ({ input }) => ({
        eventName: "support.change_request.decided",
        data: { id: input.change_request_id, account_id: input.account_id, status: input.status, member_ids: input.requested_by_member_id ? [input.requested_by_member_id] : [] },
      }))
    )
  })
  releaseLockStep({ key, ownerId: input.lock_owner })
  return new WorkflowResponse(status)
})
