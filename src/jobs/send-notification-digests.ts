import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendNotificationDigests } from "../lib/notifications/digest"

/** Once a day, early: each member who chose the digest for some events gets one mail of what is pending. */
export default async function sendNotificationDigestsJob(container: MedusaContainer) {
  const result = await sendNotificationDigests(container)
  if (result.mailed || result.failed) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(`Notification digests: ${result.mailed} mailed (${result.items} items), ${result.failed} kept for the next run`)
  }
}

export const config = {
  name: "send-client-notification-digests",
  schedule: "0 6 * * *",
}
