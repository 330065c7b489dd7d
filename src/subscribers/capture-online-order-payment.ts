import { randomUUID } from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { accountOrdering } from "../lib/billing/order-pad"
import { checkoutPayments } from "../lib/billing/order-payments"
import { ORDER_PAD_SOURCE } from "../modules/billing/contract"
import { applyOrderPaymentsWorkflow } from "../workflows/billing/apply-order-payments"

type PlacedOrder = { id: string; display_id: number; customer_id: string | null; metadata: Record<string, unknown> | null }

/**
 * An order-pad order the payer chose to pay online: Medusa authorised its payment at checkout, and here its
 * capture goes through Medusa's own capture workflow (the admin's order shows it captured), then the money is
 * recorded on the order's invoices already issued. A payment already captured is left alone, so a redelivered
 * event captures nothing twice. A capture that fails leaves the order as it is, its payment authorised, and
 * alerts the account's salesperson (`portal.order.payment_failed`) to capture it from the admin or follow up.
 */
export default async function captureOnlineOrderPayment({ event, container }: SubscriberArgs<{ id: string }>) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id", "metadata"],
    filters: { id: event.data.id },
  })
  const order = data[0] as unknown as PlacedOrder | undefined
  if (!order || order.metadata?.source !== ORDER_PAD_SOURCE || order.metadata?.portal_payment !== "online") return
  const pending = (await checkoutPayments(container, order.id)).filter((p) => !p.captured_at && !p.canceled_at)
  try {
    for (const payment of pending) await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
  } catch (error) {
    const reason = (error as Error).message
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`The online payment of order ${order.id} was not captured: ${reason}`)
    const accountId = typeof order.metadata?.account_id === "string" ? order.metadata.account_id : null
    if (!accountId) return
    await container.resolve(Modules.EVENT_BUS).emit({
      name: "portal.order.payment_failed",
      data: {
        id: order.id,
        account_id: accountId,
        actor_customer_id: order.customer_id,
        staff_user_id: (await accountOrdering(container, accountId)).salesperson_id,
        display_id: order.display_id,
        reason,
      },
    })
    return
  }
  await applyOrderPaymentsWorkflow(container).run({ input: { order_id: order.id, lock_owner: randomUUID() } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "portal-order-pad-capture" },
}
