import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { invoicePaidEvent, onlinePaymentRecords } from "../../lib/billing/online-confirmation"
import { captureConfirmedPaymentStep, planConfirmedPaymentStep } from "./steps/confirm-online-payment"
import { loadPendingPaymentStep } from "./steps/load-pending-payment"
import { recordPaymentsStep } from "./steps/record-payments"

export type CompleteInvoicePaymentInput = {
  /** The payment collection `POST /store/portal/payments` answered for the browser to confirm. */
  id: string
  account_id: string
  site_ids: string[] | null
  customer_id: string
  actor_name: string
  lock_owner: string
}

/**
 * Completes an online payment of invoices the payer's browser confirmed (Stripe's card form): under the same
 * account lock as paying, it shares the amount among the invoices as they stand, authorises and captures the
 * payment, and records it on them exactly as a payment authorised at once; captured money is refunded if
 * recording fails. A payment already completed answers what it recorded (two calls, one capture).
 */
export const completeInvoicePaymentWorkflow = createWorkflow("complete-billing-invoice-payment", (input: CompleteInvoicePaymentInput) => {
  const lockKey = transform({ input }, ({ input }) => `billing-pay:${input.account_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120, ownerId: input.lock_owner })
  const pending = loadPendingPaymentStep(transform({ input }, ({ input }) => ({ id: input.id, account_id: input.account_id })))
  const fresh = when({ pending }, ({ pending }) => !pending.recorded).then(() => {
    const allocations = planConfirmedPaymentStep(transform({ pending, input }, ({ pending, input }) => ({ pending, site_ids: input.site_ids })))
    const captured = captureConfirmedPaymentStep({ pending, allocations })
    recordPaymentsStep(transform({ captured, input }, ({ captured, input }) => onlinePaymentRecords(captured, input)))
    emitEventStep(transform({ captured, input }, ({ captured, input }) => invoicePaidEvent(captured, input)))
    return captured
  })
  releaseLockStep({ key: lockKey, ownerId: input.lock_owner })
  return new WorkflowResponse(transform({ pending, fresh }, ({ pending, fresh }) => pending.recorded ?? fresh ?? []))
})
