import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { invoicePaidEvent, onlinePaymentRecords } from "../../lib/billing/online-confirmation"
import { captureOnlinePaymentsStep } from "./steps/capture-online-payments"
import { planOnlinePaymentStep, type OnlinePaymentRequest } from "./steps/plan-online-payment"
import { recordPaymentsStep } from "./steps/record-payments"

export type PayInvoicesOnlineInput = OnlinePaymentRequest & {
  customer_id: string
  actor_name: string
  lock_owner: string
}

/**
 * A payer pays one or several open invoices online. Under a lock on the account (two tabs paying the same
 * invoice wait for each other, and the second finds less due), it shares the amount among the invoices,
 * charges each share through Medusa's payment module and records it on the invoice; captured money is
 * refunded if recording fails. `portal.invoice.paid` alerts staff. With a provider that needs the payer's browser,
 * it answers what to confirm instead, and records nothing.
 */
export const payInvoicesOnlineWorkflow = createWorkflow("pay-billing-invoices-online", (input: PayInvoicesOnlineInput) => {
  const lockKey = transform({ input }, ({ input }) => `billing-pay:${input.account_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120, ownerId: input.lock_owner })
  const allocations = planOnlinePaymentStep(input)
  const charged = captureOnlinePaymentsStep(
    transform({ allocations, input }, ({ allocations, input }) => ({ allocations, account_id: input.account_id, customer_id: input.customer_id }))
  )
  // A payment waiting for the payer's browser records nothing yet: its completion does (complete-invoice-payment).
  when({ charged }, ({ charged }) => !charged.requires_action).then(() => {
    recordPaymentsStep(transform({ charged, input }, ({ charged, input }) => onlinePaymentRecords(charged.captured, input)))
    emitEventStep(transform({ charged, input }, ({ charged, input }) => invoicePaidEvent(charged.captured, input)))
  })
  releaseLockStep({ key: lockKey, ownerId: input.lock_owner })
  return new WorkflowResponse(charged)
})
