import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"

/** Unpaid invoices past their due date become overdue. Nothing to compensate: the date has passed either way. */
export const markOverdueStep = createStep("mark-billing-invoices-overdue", async (input: { now: string }, { container }) => {
  const marked = await container.resolve<BillingModuleService>(BILLING_MODULE).markOverdue(new Date(input.now))
  return new StepResponse(marked)
})
