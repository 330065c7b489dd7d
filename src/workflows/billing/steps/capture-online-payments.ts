import type { IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { browserStepOf, type PendingConfirmation, type RequiresAction } from "../../../lib/billing/online-confirmation"
import { saveConfirmation } from "./load-pending-payment"
import type { PaymentAllocation } from "./plan-online-payment"

export type CapturedPayment = PaymentAllocation & { payment_collection_id: string; payment_id: string }
export type OnlineCharge = { captured: CapturedPayment[]; requires_action: RequiresAction | null }

/** The payment provider the portal charges through: Medusa's system provider unless the merchant names one. */
export const portalPaymentProvider = () => process.env.PORTAL_PAYMENT_PROVIDER || "pp_system_default"

type Input = { allocations: PaymentAllocation[]; account_id: string; customer_id: string }

/**
 * Charges each invoice's share through Medusa's payment module: a payment collection per invoice (linked to the
 * invoice's order, so the order shows the payment), a session with the provider, authorization and capture.
 * If a later step fails, what was captured is refunded.
 *
 * A provider that needs the payer's browser (Stripe: the card is confirmed with Stripe.js) leaves the first
 * session pending instead of authorising it. Then nothing is captured or recorded: the payment waits for its
 * confirmation (`requires_action`) on ONE collection for the whole amount, so that the payer confirms one card
 * payment, not one per invoice; `POST /store/portal/payments/:id/complete` records it. A collection for a single
 * invoice is the first one already created; for several, that first one is dropped (its intent cancelled).
 */
export const captureOnlinePaymentsStep = createStep(
  "capture-billing-online-payments",
  async (input: Input, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const provider_id = portalPaymentProvider()
    const captured: CapturedPayment[] = []
    try {
      for (const [index, allocation] of input.allocations.entries()) {
        const collection = await payments.createPaymentCollections({
          currency_code: allocation.currency_code,
          amount: allocation.amount,
          metadata: { invoice_id: allocation.invoice_id, invoice_number: allocation.number },
        })
        const session = await payments.createPaymentSession(collection.id, { provider_id, currency_code: allocation.currency_code, amount: allocation.amount, data: {} })
        const payment = await authorize(payments, session.id)
        if (!payment) {
          const waiting = index === 0 ? browserStepOf(await payments.retrievePaymentSession(session.id)) : null
          if (!waiting) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The payment was not authorized")
          const requires_action = await awaitConfirmation(payments, input, { collection_id: collection.id, session_id: session.id, client_secret: waiting.client_secret })
          return new StepResponse<OnlineCharge, CapturedPayment[]>({ captured: [], requires_action }, [])
        }
        await payments.capturePayment({ payment_id: payment.id, amount: allocation.amount })
        captured.push({ ...allocation, payment_collection_id: collection.id, payment_id: payment.id })
        if (allocation.order_id) {
          await link.create({ [Modules.ORDER]: { order_id: allocation.order_id }, [Modules.PAYMENT]: { payment_collection_id: collection.id } })
        }
      }
    } catch (error) {
      await refund(container, captured)
      throw error
    }
    return new StepResponse<OnlineCharge, CapturedPayment[]>({ captured, requires_action: null }, captured)
  },
  async (captured, { container }) => {
    if (captured?.length) await refund(container, captured)
  }
)

/**
 * Authorises a session: the payment, or null when the provider did not authorise it (Medusa's module throws
 * NOT_ALLOWED, or answers null for a deferred authorisation, after storing the session's new status).
 */
export async function authorize(payments: IPaymentModuleService, sessionId: string) {
  try {
    return await payments.authorizePaymentSession(sessionId, {})
  } catch (error) {
    if (MedusaError.isMedusaError(error) && (error as MedusaError).type === MedusaError.Types.NOT_ALLOWED) return null
    throw error
  }
}

/** Keeps the payment waiting for the browser on one collection for the whole amount, and says what to confirm. */
async function awaitConfirmation(
  payments: IPaymentModuleService,
  input: Input,
  probe: { collection_id: string; session_id: string; client_secret: string | null }
): Promise<RequiresAction> {
  const [first] = input.allocations
  const amount = Math.round(input.allocations.reduce((s, a) => s + a.amount, 0) * 100) / 100
  const provider_id = portalPaymentProvider()
  let { collection_id, session_id, client_secret } = probe
  if (input.allocations.length > 1) {
    await payments.deletePaymentSession(probe.session_id)
    await payments.deletePaymentCollections([probe.collection_id])
    const collection = await payments.createPaymentCollections({
      currency_code: first.currency_code,
      amount,
      metadata: { invoice_ids: input.allocations.map((a) => a.invoice_id), invoice_numbers: input.allocations.map((a) => a.number) },
    })
    const session = await payments.createPaymentSession(collection.id, { provider_id, currency_code: first.currency_code, amount, data: {} })
    collection_id = collection.id
    session_id = session.id
    client_secret = browserStepOf({ status: "pending", data: session.data })?.client_secret ?? null
  }
  const confirmation: PendingConfirmation = {
    account_id: input.account_id,
    customer_id: input.customer_id,
    session_id,
    provider_id,
    currency_code: first.currency_code,
    amount,
    invoice_ids: input.allocations.map((a) => a.invoice_id),
    order_id: input.allocations.length === 1 ? first.order_id : null,
    closed: null,
  }
  await saveConfirmation(payments, collection_id, () => confirmation)
  return { id: collection_id, provider_id, client_secret, amount, currency_code: first.currency_code }
}

export async function refund(container: MedusaContainer, captured: { payment_id: string; amount: number }[]) {
  const payments = container.resolve(Modules.PAYMENT)
  for (const c of captured) await payments.refundPayment({ payment_id: c.payment_id, amount: c.amount })
}
