import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planOrderPayments } from "../../../lib/billing/order-payments"

/** Reads what the order's checkout captured and its invoices do not record yet; writes nothing. */
export const planOrderPaymentsStep = createStep("plan-billing-order-payments", async (input: { order_id: string | null }, { container }) => {
  return new StepResponse(input.order_id ? await planOrderPayments(container, input.order_id) : null)
})
