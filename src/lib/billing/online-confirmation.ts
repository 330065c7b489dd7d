import type { OnlinePaymentAction } from "../../modules/billing/contract"
import type { CapturedPayment } from "../../workflows/billing/steps/capture-online-payments"
import type { PaymentAllocation } from "../../workflows/billing/steps/plan-online-payment"

/**
 * A payment of invoices that waits for the payer's browser: providers such as Stripe's create an intent that the
 * card form confirms with a client secret (3-D Secure included) before the server may authorise it. What the
 * payment will record is kept on its Medusa payment collection under this metadata key, so nothing is written on
 * the invoices until the completion authorises and captures it.
 */
export const CONFIRMATION_KEY = "portal_confirmation"

export type PendingConfirmation = {
  account_id: string
  customer_id: string
  session_id: string
  provider_id: string
  currency_code: string
  amount: number
  invoice_ids: string[]
  /** The order the collection is linked to once captured: only a collection for one invoice's share names one. */
  order_id: string | null
  /** Why the payment was closed without being recorded (the invoices changed before it was completed). */
  closed: string | null
}

/** What the browser needs to confirm the payment, as `POST /store/portal/payments` answers it (202). */
export type RequiresAction = OnlinePaymentAction

/** Session statuses meaning "the provider waits for the customer" (Medusa's `PaymentSessionStatus`). */
const WAITING_STATUSES = ["pending", "requires_more"]

/**
 * Whether a session that was not authorised waits for the payer's browser, and with which client secret: the
 * provider left it pending or asking for more (Stripe: `requires_payment_method`, `requires_confirmation`,
 * `requires_action`). An error, a cancelled or a failed session is no browser step: the payment failed.
 */
export function browserStepOf(session: { status: string; data?: Record<string, unknown> | null }): { client_secret: string | null } | null {
  if (!WAITING_STATUSES.includes(session.status)) return null
  const secret = session.data?.client_secret
  return { client_secret: typeof secret === "string" && secret ? secret : null }
}

/** The pending payment a collection's metadata describes, or null when it is none of the portal's. */
export function confirmationOf(metadata: Record<string, unknown> | null | undefined): PendingConfirmation | null {
  const raw = metadata?.[CONFIRMATION_KEY]
  if (!raw || typeof raw !== "object") return null
  const c = raw as Partial<PendingConfirmation>
  if (typeof c.account_id !== "string" || typeof c.session_id !== "string" || !Array.isArray(c.invoice_ids) || typeof c.amount !== "number") return null
  return {
    account_id: c.account_id,
    customer_id: String(c.customer_id ?? ""),
    session_id: c.session_id,
    provider_id: String(c.provider_id ?? ""),
    currency_code: String(c.currency_code ?? ""),
    amount: c.amount,
    invoice_ids: c.invoice_ids.map(String),
    order_id: typeof c.order_id === "string" ? c.order_id : null,
    closed: typeof c.closed === "string" ? c.closed : null,
  }
}

/** The shares of one confirmed payment, each recorded on its invoice under the same Medusa payment. */
export const sharesOf = (allocations: PaymentAllocation[], payment: { payment_collection_id: string; payment_id: string }): CapturedPayment[] =>
  allocations.map((a) => ({ ...a, payment_collection_id: payment.payment_collection_id, payment_id: payment.payment_id }))

type Payer = { account_id: string; customer_id: string; actor_name: string }

/** The rows an online payment records on its invoices, one per share (the one-go payment and a confirmed one alike). */
export const onlinePaymentRecords = (captured: CapturedPayment[], payer: Omit<Payer, "actor_name">) => ({
  account_id: payer.account_id,
  payments: captured.map((c) => ({
    invoice_id: c.invoice_id,
    amount: c.amount,
    method: "online" as const,
    reference: c.payment_id,
    payment_collection_id: c.payment_collection_id,
    payment_id: c.payment_id,
    recorded_by: payer.customer_id,
  })),
})

/** `portal.invoice.paid`, which alerts staff of an online payment. */
export const invoicePaidEvent = (captured: CapturedPayment[], payer: Payer) => ({
  eventName: "portal.invoice.paid",
  data: {
    id: captured[0]?.invoice_id,
    account_id: payer.account_id,
    actor_customer_id: payer.customer_id,
    actor_name: payer.actor_name,
    numbers: captured.map((c) => c.number),
    total: captured.reduce((s, c) => s + c.amount, 0),
    currency_code: captured[0]?.currency_code,
  },
})
