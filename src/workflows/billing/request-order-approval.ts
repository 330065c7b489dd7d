import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { PortalActor } from "../../lib/portal-actor"
import { createOrderApprovalStep } from "./steps/create-order-approval"
import { planOrderApprovalStep } from "./steps/plan-order-approval"

export type RequestOrderApprovalInput = {
  cart_id: string
  actor: PortalActor & { customer_id: string }
  /** "Claire Martin (Acme Industrie)". */
  actor_name: string | null
  /** The account's salesperson, told of the request. */
  staff_user_id: string | null
  lock_owner: string
}

/**
 * A requester's cart above the account's threshold is held for an approver instead of being completed. Under
 * the cart's lock (and one pending approval per cart in the database), a repeat answers the same approval.
 */
export const requestOrderApprovalWorkflow = createWorkflow("request-order-approval", (input: RequestOrderApprovalInput) => {
  const lockKey = transform({ input }, ({ input }) => `portal-order-approval-cart:${input.cart_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 60, ownerId: input.lock_owner })
  const plan = planOrderApprovalStep(transform({ input }, ({ input }) => ({ cart_id: input.cart_id, actor: input.actor })))
  const created = when({ plan }, ({ plan }) => !!plan.create).then(() => {
    const approval = createOrderApprovalStep(transform({ input, plan }, ({ input, plan }) => ({ ...plan.create!, requested_by_name: input.actor_name })))
    emitEventStep(
      transform({ input, approval }, ({ input, approval }) => ({
        eventName: "portal.order.approval_requested",
        data: {
          id: approval.id,
          account_id: approval.account_id,
          actor_customer_id: input.actor.customer_id,
          actor_name: input.actor_name,
          staff_user_id: input.staff_user_id,
          total: Number(approval.total),
          currency_code: approval.currency_code,
        },
      }))
    )
    return approval
  })
  releaseLockStep({ key: lockKey, ownerId: input.lock_owner })
  return new WorkflowResponse({ id: transform({ plan, created }, ({ plan, created }) => (created ? (created.id as string) : plan.existing_id!)) })
})
