import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { RecordPaymentInput } from "../../modules/billing/service"
import { recordPaymentsStep } from "./steps/record-payments"

export type RecordInvoicePaymentsInput = { account_id: string; payments: RecordPaymentInput[] }

/** Staff record money received (bank transfer, cash) on an account's invoices; `portal.invoice.payment_recorded` follows (staff's own action: no staff alert). */
export const recordInvoicePaymentsWorkflow = createWorkflow("record-billing-invoice-payments", (input: RecordInvoicePaymentsInput) => {
  const rows = recordPaymentsStep(input)
  emitEventStep(
    transform({ input, rows }, ({ input, rows }) => ({
      eventName: "portal.invoice.payment_recorded",
      data: { account_id: input.account_id, invoice_ids: rows.map((r) => r.invoice_id), amount: rows.reduce((s, r) => s + r.amount, 0) },
    }))
  )
  return new WorkflowResponse(rows)
})
