import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BILLING_MODULE } from "../../modules/billing"
import { UNPAID_STATUSES } from "../../modules/billing/contract"
import type BillingModuleService from "../../modules/billing/service"
import type { RecordPaymentInput } from "../../modules/billing/service"

const money = (value: unknown) => Math.round(Number(value ?? 0) * 1e6) / 1e6

type OrderPayment = {
  id: string
  captured_at: string | Date | null
  canceled_at: string | Date | null
  captures?: { amount: unknown }[] | null
  refunds?: { amount: unknown }[] | null
}
type OrderPaymentCollection = { id: string; metadata: Record<string, unknown> | null; payments?: OrderPayment[] | null }

/** The payments of an order's checkout in Medusa: not those a payer made on its invoices (their collections name the invoice). */
export async function checkoutPayments(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.id",
      "payment_collections.metadata",
      "payment_collections.payments.id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const collections = ((data[0] as { payment_collections?: (OrderPaymentCollection | null)[] | null } | undefined)?.payment_collections ?? []).filter(
    (c): c is OrderPaymentCollection => !!c && !c.metadata?.invoice_id
  )
  return collections.flatMap((c) => (c.payments ?? []).filter(Boolean).map((p) => ({ ...p, payment_collection_id: c.id })))
}

/**
 * What Medusa captured at the order's checkout (less refunds) and no invoice of the order records yet, applied
 * to its unpaid invoices oldest first, each up to what is left to pay on it. So an order paid online at checkout
 * has its invoices born paid, issued on order or per fulfilment, and a redelivered event finds nothing left.
 */
export async function planOrderPayments(container: MedusaContainer, orderId: string): Promise<{ account_id: string; payments: RecordPaymentInput[] } | null> {
  const captured = (await checkoutPayments(container, orderId))
    .map((p) => ({ id: p.id, collection: p.payment_collection_id, net: money((p.captures ?? []).reduce((s, c) => s + money(c.amount), 0) - (p.refunds ?? []).reduce((s, r) => s + money(r.amount), 0)) }))
    .filter((p) => p.net > 0)
  if (!captured.length) return null
  const billing = container.resolve<BillingModuleService>(BILLING_MODULE)
  const [recorded, invoices] = await Promise.all([
    billing.listInvoicePayments({ payment_id: captured.map((p) => p.id) }, { select: ["payment_id", "amount"] }),
    billing.listInvoices(
      { order_id: orderId, kind: ["invoice", "deposit", "settlement"], status: [...UNPAID_STATUSES] },
      { select: ["id", "account_id", "total", "paid_total", "credited_total"], order: { created_at: "ASC" } }
    ),
  ])
  if (!invoices.length) return null
  const left = invoices.map((i) => ({ id: i.id, due: money(Number(i.total) - Number(i.paid_total) - Number(i.credited_total)) }))
  const payments: RecordPaymentInput[] = []
  for (const payment of captured) {
    let unapplied = money(payment.net - recorded.filter((r) => r.payment_id === payment.id).reduce((s, r) => s + Number(r.amount), 0))
    for (const invoice of left) {
      const amount = money(Math.min(unapplied, invoice.due))
      if (amount <= 0) continue
      payments.push({ invoice_id: invoice.id, amount, method: "online", reference: payment.id, payment_collection_id: payment.collection, payment_id: payment.id })
      invoice.due = money(invoice.due - amount)
      unapplied = money(unapplied - amount)
    }
  }
  return payments.length ? { account_id: invoices[0].account_id, payments } : null
}
