import { useTranslations } from "next-intl"
import type { InvoiceStatus } from "@/lib/data/billing-contract"

const BADGE = "inline-flex shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold"
const NEUTRAL = "bg-slate-100 text-slate-700"

const ORDER: Record<string, string> = {
  pending: "bg-amber-100 text-amber-900",
  completed: "bg-green-100 text-green-800",
  canceled: "bg-slate-200 text-slate-700",
  requires_action: "bg-red-100 text-red-800",
}
const PAYMENT: Record<string, string> = {
  captured: "bg-green-100 text-green-800",
  partially_captured: "bg-amber-100 text-amber-900",
  refunded: "bg-slate-200 text-slate-700",
  requires_action: "bg-red-100 text-red-800",
}
const FULFILLMENT: Record<string, string> = {
  delivered: "bg-green-100 text-green-800",
  shipped: "bg-blue-100 text-blue-900",
  partially_shipped: "bg-blue-100 text-blue-900",
  partially_delivered: "bg-blue-100 text-blue-900",
}
const INVOICE: Record<InvoiceStatus, string> = {
  open: "bg-amber-100 text-amber-900",
  partly_paid: "bg-blue-100 text-blue-900",
  paid: "bg-green-100 text-green-800",
  overdue: "bg-red-100 text-red-800",
  cancelled: "bg-slate-200 text-slate-700",
}

type StatusGroup = "statuses" | "paymentStatuses" | "fulfillmentStatuses"

/**
 * Medusa's order, payment and fulfilment statuses in the client's words; a status Medusa adds later shows
 * under its own name rather than breaking the page.
 */
function Badge({ group, status, styles, testId }: { group: StatusGroup; status: string; styles: Record<string, string>; testId: string }) {
  const t = useTranslations("Billing.orders")
  // Medusa's status is a string the messages may not know yet: `has` checks it before it is used as a key.
  const key = `${group}.${status}` as Parameters<typeof t>[0]
  return (
    <span className={`${BADGE} ${styles[status] ?? NEUTRAL}`} data-testid={testId} data-status={status}>
      {t.has(key) ? t(key) : status.replaceAll("_", " ")}
    </span>
  )
}

export const OrderStatusBadge = ({ status }: { status: string }) => (
  <Badge group="statuses" status={status} styles={ORDER} testId="order-status" />
)
export const PaymentStatusBadge = ({ status }: { status: string }) => (
  <Badge group="paymentStatuses" status={status} styles={PAYMENT} testId="order-payment-status" />
)
export const FulfillmentStatusBadge = ({ status }: { status: string }) => (
  <Badge group="fulfillmentStatuses" status={status} styles={FULFILLMENT} testId="order-fulfillment-status" />
)

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const t = useTranslations("Billing.invoices.statuses")
  return (
    <span className={`${BADGE} ${INVOICE[status]}`} data-testid="invoice-status" data-status={status}>
      {t(status)}
    </span>
  )
}
