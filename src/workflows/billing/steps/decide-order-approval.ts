import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import { cartForApproval } from "../../../lib/billing/order-pad"

export type DecideOrderApprovalInput = {
  id: string
  account_id: string
  decision: "approved" | "declined"
  decided_by_customer_id: string
  decided_by_name: string | null
  decline_reason?: string | null
}

export const decideOrderApprovalStepId = "decide-order-approval"

/**
 * Moves a pending approval to its outcome, under the approval's lock: whichever of an approval and a decline
 * comes second finds it decided and is refused (409), so there is one outcome. An approval also refuses a cart
 * changed since it was asked (its total differs) or already completed. Compensation puts it back to pending.
 */
export const decideOrderApprovalStep = createStep(
  decideOrderApprovalStepId,
  async (input: DecideOrderApprovalInput, { container }) => {
    const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
    const [approval] = await billing.listOrderApprovals({ id: input.id, account_id: input.account_id })
    if (!approval) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order approval ${input.id} was not found`)
    if (approval.status !== "pending") throw new MedusaError(MedusaError.Types.CONFLICT, `This order was already ${approval.status}`)
    if (input.decision === "approved") {
      const cart = await cartForApproval(container, approval.cart_id)
      if (!cart || cart.completed_at) throw new MedusaError(MedusaError.Types.CONFLICT, "The cart of this order is no longer open")
      if (Math.abs(Number(cart.total ?? 0) - Number(approval.total)) > 0.005) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "The cart changed since approval was asked: the requester must ask again")
      }
    }
    const updated = await billing.updateOrderApprovals({
      id: approval.id,
      status: input.decision,
      decided_by_customer_id: input.decided_by_customer_id,
      decided_by_name: input.decided_by_name,
      decided_at: new Date(),
      decline_reason: input.decision === "declined" ? (input.decline_reason ?? null) : null,
    })
    return new StepResponse(
      { id: updated.id, cart_id: approval.cart_id, site_id: approval.site_id, total: Number(approval.total), currency_code: approval.currency_code, requested_by_customer_id: approval.requested_by_customer_id },
      approval.id
    )
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<BillingModuleService>(BILLING_MODULE).updateOrderApprovals({
      id,
      status: "pending",
      decided_by_customer_id: null,
      decided_by_name: null,
      decided_at: null,
      decline_reason: null,
    })
  }
)
