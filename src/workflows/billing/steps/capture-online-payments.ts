import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { PaymentAllocation } from "./plan-online-payment"

export type CapturedPayment = PaymentAllocation & { payment_collection_id: string; payment_id: string }

/** The payment provider the portal charges through: Medusa's system provider unless the merchant names one. */
export const portalPaymentProvider = () => process.env.PORTAL_PAYMENT_PROVIDER || "pp_system_default"

/**
 * Charges each invoice's share through Medusa's payment module: a payment collection per invoice (linked to the
 * invoice's order, so the order shows the payment), a session with the provider, authorization and capture.
 * If a later step fails, what was captured is refunded.
 */
export const captureOnlinePaymentsStep = createStep(
  "capture-billing-online-payments",
  async (input: { allocations: PaymentAllocation[] }, { container }) => {
    const payments = container.resolve(Modules.PAYMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const captured: CapturedPayment[] = []
    try {
      for (const allocation of input.allocations) {
        const collection = await payments.createPaymentCollections({
          currency_code: allocation.currency_code,
          amount: allocation.amount,
          metadata: { invoice_id: allocation.invoice_id, invoice_number: allocation.number },
        })
        if (allocation.order_id) {
          await link.create({ [Modules.ORDER]: { order_id: allocation.order_id }, [Modules.PAYMENT]: { payment_collection_id: collection.id } })
        }
        const session = await payments.createPaymentSession(collection.id, {
          provider_id: portalPaymentProvider(),
          currency_code: allocation.currency_code,
          amount: allocation.amount,
          data: {},
        })
        const payment = await payments.authorizePaymentSession(session.id, {})
        if (!payment) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The payment was not authorized")
        await payments.capturePayment({ payment_id: payment.id, amount: allocation.amount })
        captured.push({ ...allocation, payment_collection_id: collection.id, payment_id: payment.id })
      }
    } catch (error) {
      await refund(container, captured)
      throw error
    }
    return new StepResponse(captured, captured)
  },
  async (captured, { container }) => {
    if (captured?.length) await refund(container, captured)
  }
)

async function refund(container: MedusaContainer, captured: CapturedPayment[]) {
  const payments = container.resolve(Modules.PAYMENT)
  for (const c of captured) await payments.refundPayment({ payment_id: c.payment_id, amount: c.amount })
}
