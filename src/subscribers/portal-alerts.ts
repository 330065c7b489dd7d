import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { EventMetadata } from "@medusajs/framework/types"
import { PORTAL_ALERT_DECLARATIONS } from "../lib/alerts/declarations"
import type { PortalEventData } from "../lib/alerts/types"
import { createStaffAlertWorkflow } from "../workflows/staff-alert/create-staff-alert"

/**
 * Every declared client event becomes a staff alert. The client's action has already succeeded when the
 * event arrives, so nothing here can fail it; a mail server that is down only delays the mail. Medusa's Redis
 * event bus hands an event again to a worker when the one handling it died, so the workflow is told which
 * occurrence this is and makes one alert of it however often it comes.
 */
export default async function portalAlertsHandler({ event, container }: SubscriberArgs<PortalEventData>) {
  await createStaffAlertWorkflow(container).run({
    input: { event: event.name, data: event.data, occurrence: occurrenceOf(event.metadata) },
  })
}

/** The workflow run that emitted the event and when it emitted it: the same each time it is delivered. */
function occurrenceOf(metadata: EventMetadata | undefined): string | null {
  const createdAt = metadata?.created_at ? new Date(metadata.created_at).toISOString() : null
  const parts = [metadata?.eventGroupId ?? null, createdAt].filter((part): part is string => !!part)
  return parts.length ? parts.join("@") : null
}

export const config: SubscriberConfig = {
  event: PORTAL_ALERT_DECLARATIONS.map((declaration) => declaration.event),
  context: { subscriberId: "portal-staff-alerts" },
}
