import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { mailInvoice } from "../lib/billing/mail"

/** An invoice just issued goes to the account's payers with its PDF; once per invoice however often the event comes. */
export default async function invoiceIssuedHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  await mailInvoice(container, event.data.id, { reminder: false, key: `issued:${event.data.id}` })
}

export const config: SubscriberConfig = {
  event: "portal.invoice.issued",
  context: { subscriberId: "portal-invoice-issued-mail" },
}
