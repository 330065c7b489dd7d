import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { remindRentalReturns } from "../lib/rental/client-mail"

/** Every morning: clients whose rental is due back tomorrow are reminded (centre and mail, as each chose) in their language, once per rental. */
export default async function remindRentalReturnsJob(container: MedusaContainer) {
  const result = await remindRentalReturns(container)
  if (result.rentals) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Rentals: ${result.rentals} due back by tomorrow, ${result.sent} reminder(s) handed to the mail, ${result.failed} failed`)
  }
}

export const config = {
  name: "portal-remind-rental-returns",
  schedule: "0 7 * * *",
}
