import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PORTAL_ALERT_DECLARATIONS } from "../lib/alerts/declarations"
import type { PortalEventData } from "../lib/alerts/types"
import { createStaffAlertWorkflow } from "../workflows/staff-alert/create-staff-alert"

/**
 * Every declared client event becomes a staff alert. The client's action has already succeeded when the
 * event arrives, so nothing here can fail it; a mail server that is down only delays the mail.
 */
export default async function portalAlertsHandler({ event, container }: SubscriberArgs<PortalEventData>) {
  await createStaffAlertWorkflow(container).run({ input: { event: event.name, data: event.data } })
}

export const config: SubscriberConfig = {
  event: PORTAL_ALERT_DECLARATIONS.map((declaration) => declaration.event),
  context: { subscriberId: "portal-staff-alerts" },
}
