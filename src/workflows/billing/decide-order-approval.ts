import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { completeApprovedCartStep } from "./steps/complete-approved-cart"
import { decideOrderApprovalStep } from "./steps/decide-order-approval"

export type DecideOrderApprovalWorkflowInput = {
  id: string
  account_id: string
  decision: "approved" | "declined"
  actor_customer_id: string
  actor_name: string | null
  decline_reason?: string | null
  staff_user_id: string | null
  lock_owner: string
}

/**
 * An approver approves (the held cart is completed into the Medusa order) or declines (with a reason the
 * requester reads) a pending order. Approve and decline take the same lock and check the state under it, so
 * racing decisions give one outcome and the other answers 409.
 */
export const decideOrderApprovalWorkflow = createWorkflow("decide-order-approval", (input: DecideOrderApprovalWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => `portal-order-approval:${input.id}`)
  acquireLockStep({ key: lockKey, timeout: 60, ttl: 120, ownerId: input.lock_owner })
  const decided = decideOrderApprovalStep(
    transform({ input }, ({ input }) => ({
      id: input.id,
      account_id: input.account_id,
      decision: input.decision,
      decided_by_customer_id: input.actor_customer_id,
      decided_by_name: input.actor_name,
      decline_reason: input.decline_reason ?? null,
    }))
  )
  const placed = when({ input }, ({ input }) => input.decision === "approved").then(() =>
    completeApprovedCartStep(transform({ decided }, ({ decided }) => ({ id: decided.id, cart_id: decided.cart_id })))
  )
  emitEventStep(
    transform({ input, decided, placed }, ({ input, decided, placed }) => ({
      eventName: input.decision === "approved" ? "portal.order.approved" : "portal.order.declined",
      data: {
        id: decided.id,
        account_id: input.account_id,
        actor_customer_id: input.actor_customer_id,
        actor_name: input.actor_name,
        staff_user_id: input.staff_user_id,
        total: decided.total,
        currency_code: decided.currency_code,
        order_id: placed ? placed.order_id : null,
        reason: input.decline_reason ?? null,
      },
    }))
  )
  releaseLockStep({ key: lockKey, ownerId: input.lock_owner })
  return new WorkflowResponse({ id: decided.id, order_id: transform({ placed }, ({ placed }) => (placed ? placed.order_id : null)) })
})
