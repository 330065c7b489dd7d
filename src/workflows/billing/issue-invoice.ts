import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { advanceDepositScheduleStep } from "./steps/advance-deposit-schedule"
import { issueInvoiceStep } from "./steps/issue-invoice"
import { planInvoiceStep, type InvoiceSource } from "./steps/plan-invoice"
import { planOrderPaymentsStep } from "./steps/plan-order-payments"
import { recordPaymentsStep } from "./steps/record-payments"

export type IssueInvoiceWorkflowInput = {
  source: InvoiceSource
  /** Unique per request: only this run may release the lock it took. */
  lock_owner: string
}

export const issueInvoiceWorkflowId = "issue-billing-invoice"

/**
 * One lock per thing an invoice is issued from: two issues of one order wait, and the second finds it invoiced.
 * A fulfilment's invoice takes its order's lock, since it reads what the order's other invoices already billed.
 */
const lockKeyOf = (source: InvoiceSource) =>
  source.type === "order" || source.type === "fulfillment"
    ? `billing-order:${source.order_id}` : source.type === "credit" ? `billing-invoice:${source.invoice_id}` : `billing-schedule:${source.schedule_id}`

/**
 * Issues an invoice from an order or one of its fulfilments, a credit note against an invoice, or the next invoice of a deposit schedule.
 * Under a lock on its source it plans the invoice from current data, issues it (gapless number, stored PDF,
 * deposits deducted, all or nothing), records on it what the order's checkout captured online and no invoice
 * records yet (so an order paid at checkout has its invoices paid), moves the schedule on, and announces
 * `portal.invoice.issued`, whose subscriber mails the PDF to the account's payers.
 */
export const issueInvoiceWorkflow = createWorkflow(issueInvoiceWorkflowId, (input: IssueInvoiceWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => lockKeyOf(input.source))
  acquireLockStep({ key: lockKey, timeout: 60, ttl: 120, ownerId: input.lock_owner })
  const plan = planInvoiceStep(input.source)
  const invoice = issueInvoiceStep(plan)
  const orderPayments = planOrderPaymentsStep(
    transform({ input, invoice }, ({ input, invoice }) => ({ order_id: input.source.type === "order" || input.source.type === "fulfillment" ? invoice.order_id : null }))
  )
  when({ orderPayments }, ({ orderPayments }) => !!orderPayments).then(() => {
    recordPaymentsStep(transform({ orderPayments }, ({ orderPayments }) => orderPayments!))
  })
  when({ input }, ({ input }) => input.source.type === "schedule").then(() => {
    advanceDepositScheduleStep(
      transform({ input, plan, invoice }, ({ input, plan, invoice }) => ({
        schedule_id: (input.source as { schedule_id: string }).schedule_id,
        invoice_id: invoice.id,
        settles: Boolean((plan as { settles?: boolean }).settles),
      }))
    )
  })
  emitEventStep(
    transform({ invoice }, ({ invoice }) => ({
      eventName: "portal.invoice.issued",
      data: { id: invoice.id, number: invoice.number, kind: invoice.kind, account_id: invoice.account_id, order_id: invoice.order_id, total: invoice.total, currency_code: invoice.currency_code },
    }))
  )
  releaseLockStep({ key: lockKey, ownerId: input.lock_owner })
  return new WorkflowResponse(invoice)
})
