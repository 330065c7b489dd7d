import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BILLING_MODULE } from "../../../modules/billing"
import type BillingModuleService from "../../../modules/billing/service"
import type { RecordPaymentInput } from "../../../modules/billing/service"

type Input = { account_id: string; payments: RecordPaymentInput[] }

/** Records money received on invoices; its compensation records the same amounts back out (a refund entry). */
export const recordPaymentsStep = createStep(
  "record-billing-payments",
  async (input: Input, { container }) => {
    const rows = await container.resolve<BillingModuleService>(BILLING_MODULE).recordPayments(input.account_id, input.payments)
    return new StepResponse(rows, { account_id: input.account_id, payments: input.payments })
  },
  async (recorded, { container }) => {
    if (!recorded) return
    await container.resolve<BillingModuleService>(BILLING_MODULE).recordPayments(
      recorded.account_id,
      recorded.payments.map((p) => ({ ...p, amount: -p.amount, payment_id: null, reference: "Reversal: the payment did not complete" }))
    )
  }
)
