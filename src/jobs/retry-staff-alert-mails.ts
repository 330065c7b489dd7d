import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retryStaffAlertMails } from "../lib/alerts/alert-mail"

/** Mails again the staff alerts a mail server outage held back, each on its own backoff. */
export default async function retryStaffAlertMailsJob(container: MedusaContainer) {
  const result = await retryStaffAlertMails(container)
  if (result.sent || result.pending) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Staff alert mails: ${result.sent} sent, ${result.pending} still pending`)
  }
}

export const config = {
  name: "retry-staff-alert-mails",
  schedule: "* * * * *",
}
