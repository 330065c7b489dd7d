import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { mailRentalConfirmed, mailRentalReturned } from "../lib/rental/client-mail"

/**
 * A rental confirmed (by staff or at once by the auto-confirm setting) or returned: the member who reserved
 * is told through the client notification registry (their centre, and the mail in their language as they
 * chose), once per rental however often the event comes.
 */
export default async function rentalClientMailsHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  if (event.name === "portal.rental.confirmed") await mailRentalConfirmed(container, event.data.id)
  else await mailRentalReturned(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: ["portal.rental.confirmed", "portal.rental.returned"],
  context: { subscriberId: "portal-rental-client-mails" },
}
