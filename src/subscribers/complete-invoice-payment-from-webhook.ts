import { randomUUID } from "node:crypto"
import { setTimeout as sleep } from "node:timers/promises"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { IPaymentModuleService, ProviderWebhookPayload } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, PaymentActions, PaymentWebhookEvents } from "@medusajs/framework/utils"
import { confirmationOf } from "../lib/billing/online-confirmation"
import { describeClientIn } from "../lib/quotes/actors"
import { completeInvoicePaymentWorkflow } from "../workflows/billing/complete-invoice-payment"

/**
 * Medusa's own webhook handler, on the same event, authorises a session that no cart owns. Authorising it here at
 * the same moment would race it: the loser's insert of the payment fails and Medusa then cancels the intent at the
 * provider. So the completion waits, a bounded while, for that authorisation, and reuses it.
 */
const AUTHORISATION_WAIT_MS = 10_000
const POLL_MS = 200

/**
 * Completes from the provider's webhook (Stripe: `payment_intent.amount_capturable_updated` or `succeeded`) a
 * payment of invoices whose card the payer confirmed in the browser, when the browser never called
 * `POST /store/portal/payments/:id/complete` (page closed, connection lost). It runs the same completion workflow
 * as that route, for the payer who began the payment: same account lock, one capture, the same records and
 * `portal.invoice.paid`. Completed already (by the browser or an earlier delivery), not confirmed yet, or closed:
 * logged, nothing done, and no error that would make the event bus retry it. Collections that are not the
 * portal's (order pad carts, which Medusa completes itself) are left alone.
 */
export default async function completeInvoicePaymentFromWebhook({ event, container }: SubscriberArgs<ProviderWebhookPayload>) {
  const payments = container.resolve(Modules.PAYMENT)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { action, data } = await payments.getWebhookActionAndData(withRawBody(event.data))
  if ((action !== PaymentActions.AUTHORIZED && action !== PaymentActions.SUCCESSFUL) || !data?.session_id) return
  const [session] = await payments.listPaymentSessions({ id: data.session_id }, { select: ["id", "payment_collection_id"] })
  if (!session) return
  const [collection] = await payments.listPaymentCollections({ id: session.payment_collection_id }, { select: ["id", "metadata"] })
  const confirmation = confirmationOf(collection?.metadata)
  // The collection's live session only: a session dropped when the payment was regrouped pays nothing.
  if (!confirmation || confirmation.session_id !== session.id) return

  await awaitAuthorisation(payments, session.id)
  const client = await describeClientIn(container, { account_id: confirmation.account_id, customer_id: confirmation.customer_id || null })
  try {
    const { result } = await completeInvoicePaymentWorkflow(container).run({
      input: {
        id: collection.id,
        account_id: confirmation.account_id,
        // The invoices were checked against the payer's sites when the payment began; their shares are re-planned
        // on the account as they stand now.
        site_ids: null,
        customer_id: confirmation.customer_id,
        actor_name: client.name,
        lock_owner: randomUUID(),
      },
    })
    logger.info(`Payment ${collection.id} of invoices ${result.map((c) => c.number).join(", ")}: completed from the provider's webhook, or already completed`)
  } catch (error) {
    const type = (error as { type?: string }).type
    if (type !== MedusaError.Types.CONFLICT && type !== MedusaError.Types.NOT_FOUND) throw error
    logger.info(`Payment ${collection.id} was not completed from the provider's webhook: ${(error as Error).message}`)
  }
}

/** The event as the provider reads it: the Redis event bus delivers the raw body, which signatures need, as JSON. */
function withRawBody(event: ProviderWebhookPayload): ProviderWebhookPayload {
  const raw = event.payload?.rawData as unknown as { type?: string; data?: number[] } | string | Buffer | undefined
  if (raw && typeof raw === "object" && !Buffer.isBuffer(raw) && raw.type === "Buffer" && Array.isArray(raw.data)) {
    return { ...event, payload: { ...event.payload, rawData: Buffer.from(raw.data) } }
  }
  return event
}

async function awaitAuthorisation(payments: IPaymentModuleService, sessionId: string) {
  for (let waited = 0; waited < AUTHORISATION_WAIT_MS; waited += POLL_MS) {
    const [session] = await payments.listPaymentSessions({ id: sessionId }, { select: ["id", "authorized_at"] })
    if (!session || session.authorized_at) return
    await sleep(POLL_MS)
  }
}

export const config: SubscriberConfig = {
  event: PaymentWebhookEvents.WebhookReceived,
  context: { subscriberId: "portal-invoice-payment-webhook" },
}
