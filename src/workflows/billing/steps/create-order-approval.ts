import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"

export type CreateOrderApprovalInput = {
  account_id: string
  site_id: string | null
  cart_id: string
  currency_code: string
  total: number
  requested_by_customer_id: string
  requested_by_name: string | null
}

export const createOrderApprovalStepId = "create-order-approval"

/** Records the pending approval (one per cart: a unique index); compensation deletes it. */
export const createOrderApprovalStep = createStep(
  createOrderApprovalStepId,
  async (input: CreateOrderApprovalInput, { container }) => {
    const approval = await container.resolve<BillingModuleService>(BILLING_MODULE).createOrderApprovals({ ...input, status: "pending" })
    return new StepResponse(approval, approval.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<BillingModuleService>(BILLING_MODULE).deleteOrderApprovals([id])
  }
)
