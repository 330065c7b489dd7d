import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { planOrderPayments } from "../../../lib/billing/order-payments"
import { BILLING_MODULE } from "../../../modules/billing"
import { UNPAID_STATUSES } from "../../../modules/billing/contract"
import type BillingModuleService from "../../../modules/billing/service"

export type OnlinePaymentRequest = { account_id: string; site_ids: string[] | null; invoice_ids: string[]; amount?: number }
export type PaymentAllocation = { invoice_id: string; number: string; order_id: string | null; currency_code: string; amount: number }

const round = (n: number) => Math.round(n * 100) / 100

/**
 * Shares the amount paid among the invoices chosen, oldest due first (all that is due when no amount is
 * given). Every invoice must be the account's, within the payer's sites, unpaid and in one currency, and not
 * of an order whose checkout captured money no invoice records yet (it is being recorded on them: paying
 * now would pay twice).
 */
export const planOnlinePaymentStep = createStep("plan-billing-online-payment", async (input: OnlinePaymentRequest, { container }) => {
  return new StepResponse(await planOnlinePayment(container, input))
})

/** The sharing itself, run again under the lock when a payment the browser confirmed is completed. */
export async function planOnlinePayment(container: MedusaContainer, input: OnlinePaymentRequest): Promise<PaymentAllocation[]> {
  const filters: Record<string, unknown> = { id: input.invoice_ids, account_id: input.account_id }
  if (input.site_ids) filters.site_id = input.site_ids
  const invoices = await container
    .resolve<BillingModuleService>(BILLING_MODULE)
    .listInvoices(filters, { select: ["id", "number", "kind", "status", "order_id", "currency_code", "total", "paid_total", "credited_total", "due_date"], order: { due_date: "ASC" } })
  const missing = input.invoice_ids.filter((id) => !invoices.some((i) => i.id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `invoice_ids: invoice ${missing[0]} was not found`)
  const unpayable = invoices.find((i) => i.kind === "credit_note" || !UNPAID_STATUSES.includes(i.status))
  if (unpayable) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `invoice_ids: ${unpayable.number} has nothing to pay`)
  for (const orderId of new Set(invoices.map((i) => i.order_id).filter((id): id is string => !!id))) {
    const pending = await planOrderPayments(container, orderId)
    const invoice = pending && invoices.find((i) => pending.payments.some((p) => p.invoice_id === i.id))
    if (invoice) throw new MedusaError(MedusaError.Types.CONFLICT, `invoice_ids: ${invoice.number} was paid online at the order's checkout; the payment is being recorded on it`)
  }
  if (new Set(invoices.map((i) => i.currency_code)).size > 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, "invoice_ids: pay invoices of one currency at a time")
  const due = invoices.map((i) => ({ invoice: i, due: round(Number(i.total) - Number(i.paid_total) - Number(i.credited_total)) }))
  const totalDue = round(due.reduce((s, d) => s + d.due, 0))
  let left = input.amount ?? totalDue
  if (left - totalDue > 0.001) throw new MedusaError(MedusaError.Types.INVALID_DATA, `amount: at most ${totalDue} is due on these invoices`)
  const allocations: PaymentAllocation[] = []
  for (const { invoice, due: owed } of due) {
    const amount = round(Math.min(owed, left))
    if (amount <= 0) break
    allocations.push({ invoice_id: invoice.id, number: invoice.number, order_id: invoice.order_id, currency_code: invoice.currency_code, amount })
    left = round(left - amount)
  }
  return allocations
}
