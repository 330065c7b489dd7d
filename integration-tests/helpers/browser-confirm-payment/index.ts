import { randomUUID } from "node:crypto"
import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { AbstractPaymentProvider, ModuleProvider, Modules, PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

/** The provider's id once registered (`pp_<identifier>_<id>`, id "test" in medusa-config.ts). */
export const BROWSER_CONFIRM_PROVIDER_ID = "pp_browser_confirm_test"

type Intent = { id: string; client_secret: string; status: string; amount: number; currency: string }

/**
 * A payment provider for the HTTP tests only, behaving like Stripe's Medusa provider where the portal depends on
 * it (Stripe's servers are out of reach here): `initiatePayment` creates an "intent" whose client secret the
 * browser would confirm, left pending (`requires_payment_method`); authorising it answers `requires_more` until the
 * test confirms it, as Stripe.js would, by setting the session data's status to `requires_capture` through the
 * payment module; captures and refunds succeed.
 */
class BrowserConfirmPaymentProvider extends AbstractPaymentProvider {
  static identifier = "browser_confirm"

  // Medusa's base class keeps its constructor protected; the module provider registration needs a public one.
  constructor(cradle: Record<string, unknown>, options: Record<string, unknown> = {}) {
    super(cradle, options)
  }

  private statusOf(data: Record<string, unknown> | undefined): PaymentSessionStatus {
    switch (data?.status) {
      case "requires_capture":
        return PaymentSessionStatus.AUTHORIZED
      case "succeeded":
        return PaymentSessionStatus.CAPTURED
      case "canceled":
        return PaymentSessionStatus.CANCELED
      case "requires_action":
        return PaymentSessionStatus.REQUIRES_MORE
      default:
        return PaymentSessionStatus.PENDING
    }
  }

  async initiatePayment({ amount, currency_code }: InitiatePaymentInput): Promise<InitiatePaymentOutput> {
    const id = `pi_test_${randomUUID().replace(/-/g, "")}`
    const intent: Intent = { id, client_secret: `${id}_secret_test`, status: "requires_payment_method", amount: Number(amount), currency: currency_code }
    return { id, data: intent, status: PaymentSessionStatus.PENDING }
  }

  async authorizePayment({ data }: AuthorizePaymentInput): Promise<AuthorizePaymentOutput> {
    const status = this.statusOf(data)
    // Stripe answers `requires_more` for an intent still waiting for the customer's confirmation (3-D Secure).
    return { data, status: status === PaymentSessionStatus.PENDING ? PaymentSessionStatus.REQUIRES_MORE : status }
  }

  async getPaymentStatus({ data }: GetPaymentStatusInput): Promise<GetPaymentStatusOutput> {
    return { data, status: this.statusOf(data) }
  }

  async capturePayment({ data }: CapturePaymentInput): Promise<CapturePaymentOutput> {
    return { data: { ...data, status: "succeeded" } }
  }

  async refundPayment({ data }: RefundPaymentInput): Promise<RefundPaymentOutput> {
    return { data }
  }

  async cancelPayment({ data }: CancelPaymentInput): Promise<CancelPaymentOutput> {
    return { data: { ...data, status: "canceled" } }
  }

  async deletePayment({ data }: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: { ...data, status: "canceled" } }
  }

  async retrievePayment({ data }: RetrievePaymentInput): Promise<RetrievePaymentOutput> {
    return { data }
  }

  async updatePayment({ data }: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    return { data }
  }

  /**
   * What Stripe's webhook says, simplified: `POST /hooks/payment/browser_confirm_test` with `{ "session_id", "status" }`,
   * "authorized" as Stripe's `payment_intent.amount_capturable_updated`, "captured" as its `payment_intent.succeeded`.
   */
  async getWebhookActionAndData({ data }: ProviderWebhookPayload["payload"]): Promise<WebhookActionResult> {
    const actions: Record<string, PaymentActions> = { authorized: PaymentActions.AUTHORIZED, captured: PaymentActions.SUCCESSFUL }
    const action = typeof data.status === "string" ? actions[data.status] : undefined
    if (!action || typeof data.session_id !== "string") return { action: PaymentActions.NOT_SUPPORTED }
    return { action, data: { session_id: data.session_id, amount: typeof data.amount === "number" ? data.amount : 0 } }
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [BrowserConfirmPaymentProvider] })
