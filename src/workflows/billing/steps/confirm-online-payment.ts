import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { browserStepOf, sharesOf, type PendingConfirmation } from "../../../lib/billing/online-confirmation"
import { authorize, refund, type CapturedPayment } from "./capture-online-payments"
import { saveConfirmation } from "./load-pending-payment"
import { planOnlinePayment, type PaymentAllocation } from "./plan-online-payment"

type Pending = PendingConfirmation & { id: string }

/**
 * Shares the waiting payment among its invoices again, as they stand now, under the account's lock. If they were
 * paid or credited meanwhile (another tab, the office), the payment is closed and its session dropped (the
 * provider cancels its intent, so an authorisation the card form made is released): nothing is captured.
 */
export const planConfirmedPaymentStep = createStep(
  "plan-billing-confirmed-payment",
  async (input: { pending: Pending; site_ids: string[] | null }, { container }) => {
    const { pending } = input
    try {
      return new StepResponse(await planOnlinePayment(container, { account_id: pending.account_id, site_ids: input.site_ids, invoice_ids: pending.invoice_ids, amount: pending.amount }))
    } catch (error) {
      const type = (error as MedusaError).type
      if (type !== MedusaError.Types.NOT_ALLOWED && type !== MedusaError.Types.INVALID_DATA && type !== MedusaError.Types.CONFLICT) throw error
      const payments = container.resolve(Modules.PAYMENT)
      const closed = `the invoices changed since this payment began (${(error as Error).message})`
      await payments.deletePaymentSession(pending.session_id)
      await saveConfirmation(payments, pending.id, (stored) => ({ ...stored, closed }))
      throw new MedusaError(MedusaError.Types.CONFLICT, `payment: ${closed}; nothing was charged, start a new payment`)
    }
  }
)

/**
 * Authorises the session the payer's browser confirmed and captures it; then the collection is linked to the
 * order of the invoice it pays (a collection for one invoice only, as in the one-go payment). Not confirmed yet
 * answers 409 saying so, and changes nothing. If a later step fails, the capture is refunded.
 */
export const captureConfirmedPaymentStep = createStep(
  "capture-billing-confirmed-payment",
  async (input: { pending: Pending; allocations: PaymentAllocation[] }, { container }) => {
    const { pending } = input
    const payments = container.resolve(Modules.PAYMENT)
    const payment = await authorize(payments, pending.session_id)
    if (!payment) {
      const session = await payments.retrievePaymentSession(pending.session_id, { select: ["id", "status", "data"] })
      if (browserStepOf(session)) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `payment: not confirmed yet (the provider answers "${session.status}"); confirm the card payment in the payment form, then complete it`)
      }
      throw new MedusaError(MedusaError.Types.CONFLICT, `payment: the provider did not authorise it (status "${session.status}"); start a new payment`)
    }
    // A provider set to capture at once (Stripe's `capture` option) has captured it when authorising.
    const [current] = await payments.listPayments({ id: payment.id }, { relations: ["captures"] })
    const capturedAlready = (current?.captures ?? []).reduce((s, c) => s + Number(c.amount), 0)
    if (capturedAlready < pending.amount) await payments.capturePayment({ payment_id: payment.id, amount: Math.round((pending.amount - capturedAlready) * 100) / 100 })
    const captured: CapturedPayment[] = sharesOf(input.allocations, { payment_collection_id: pending.id, payment_id: payment.id })
    try {
      if (pending.order_id) {
        await container.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.ORDER]: { order_id: pending.order_id }, [Modules.PAYMENT]: { payment_collection_id: pending.id } })
      }
    } catch (error) {
      await refund(container, [{ payment_id: payment.id, amount: pending.amount }])
      throw error
    }
    return new StepResponse(captured, { payment_id: payment.id, amount: pending.amount })
  },
  async (charge, { container }) => {
    if (charge) await refund(container, [charge])
  }
)
