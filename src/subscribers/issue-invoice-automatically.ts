import { randomUUID } from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { isClientAccountOrder } from "../lib/billing/issue"
import { loadBillingSettings } from "../lib/billing/settings"
import type { IssueOn } from "../modules/billing/contract"
import { issueInvoiceWorkflow } from "../workflows/billing/issue-invoice"
import type { InvoiceSource } from "../workflows/billing/steps/plan-invoice"

/**
 * Which setting each event answers to. Medusa's cart checkout announces an order placed; an accepted quote
 * makes its order through Medusa's order workflow, which does not, so its acceptance counts as the order.
 */
const ISSUED_ON: Record<string, IssueOn> = {
  [OrderWorkflowEvents.PLACED]: "order",
  "portal.quote.accepted": "order",
  [OrderWorkflowEvents.FULFILLMENT_CREATED]: "fulfillment",
}

/**
 * Issues the invoices of a client account's order by itself when the billing settings say so: the whole order
 * when it is placed, or each fulfilment (delivery note) as it is created, for the lines and quantities it ships.
 * Through the same workflow as staff (lock, gapless number, stored PDF, deposits deducted), so an order or a
 * fulfilment already invoiced, by staff or by a redelivered event, is left as it is: the workflow refuses a
 * second invoice and unique indexes (order; fulfilment id recorded on the invoice) back it.
 */
export default async function issueInvoiceAutomatically({ event, container }: SubscriberArgs<{ id?: string; order_id?: string; fulfillment_id?: string }>) {
  const orderId = event.data.order_id ?? event.data.id
  if (!orderId) return
  const settings = await loadBillingSettings(container)
  const issueOn = ISSUED_ON[event.name]
  if (settings.issue_on !== issueOn) return
  const fulfillmentId = event.data.fulfillment_id
  if (issueOn === "fulfillment" && !fulfillmentId) return
  if (!(await isClientAccountOrder(container, orderId))) return
  const source: InvoiceSource = fulfillmentId && issueOn === "fulfillment" ? { type: "fulfillment", order_id: orderId, fulfillment_id: fulfillmentId } : { type: "order", order_id: orderId }
  try {
    await issueInvoiceWorkflow(container).run({ input: { source, lock_owner: randomUUID() } })
  } catch (error) {
    if ((error as { type?: string }).type === MedusaError.Types.CONFLICT) return
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`The invoice of order ${orderId} was not issued automatically: ${(error as Error).message}`)
    throw error
  }
}

export const config: SubscriberConfig = {
  event: Object.keys(ISSUED_ON),
  context: { subscriberId: "portal-invoice-issue-on-order" },
}
