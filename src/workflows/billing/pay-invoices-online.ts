import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
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
 * refunded if recording fails. `portal.invoice.paid` alerts staff.
 */
export const payInvoicesOnlineWorkflow = createWorkflow("pay-billing-invoices-online", (input: PayInvoicesOnlineInput) => {
  const lockKey = transform({ input }, ({ input }) => `billing-pay:${input.account_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120, ownerId: input.lock_owner })
  const allocations = planOnlinePaymentStep(input)
  const captured = captureOnlinePaymentsStep(transform({ allocations }, ({ allocations }) => ({ allocations })))
  recordPaymentsStep(
    transform({ captured, input }, ({ captured, input }) => ({
      account_id: input.account_id,
      payments: captured.map((c) => ({
        invoice_id: c.invoice_id,
        amount: c.amount,
        method: "online" as const,
        reference: c.payment_id,
        payment_collection_id: c.payment_collection_id,
        payment_id: c.payment_id,
        recorded_by: input.customer_id,
      })),
    }))
  )
  emitEventStep(
    transform({ captured, input }, ({ captured, input }) => ({
      eventName: "portal.invoice.paid",
      data: {
        id: captured[0]?.invoice_id,
        account_id: input.account_id,
        actor_customer_id: input.customer_id,
        actor_name: input.actor_name,
        numbers: captured.map((c) => c.number),
        total: captured.reduce((s, c) => s + c.amount, 0),
        currency_code: captured[0]?.currency_code,
      },
    }))
  )
  releaseLockStep({ key: lockKey, ownerId: input.lock_owner })
  return new WorkflowResponse(captured)
})
