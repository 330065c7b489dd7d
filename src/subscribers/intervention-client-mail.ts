import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  mailInterventionCancelled,
  mailInterventionDone,
  mailInterventionRescheduled,
  mailInterventionScheduled,
} from "../lib/field-service/client-mail"
import { INTERVENTION_EVENTS } from "../modules/fieldService/contract"

type InterventionEventData = { id: string; confirmed?: boolean; scheduled_start?: string | null; previous_start?: string | null }

/**
 * The client's notifications about a visit (src/lib/notifications: the notification centre, and the e-mail as
 * each member chose). A booking or a move that waits for staff's confirmation is not told: staff's
 * confirmation (a `scheduled` event) is. Staff moving a visit on the board is a reschedule for the
 * client. The action has already succeeded: whatever fails here is logged, and the idempotency keys make a
 * redelivered event send nothing twice.
 */
export default async function interventionClientMailHandler({ event, container }: SubscriberArgs<InterventionEventData>) {
  const { id, confirmed, scheduled_start, previous_start } = event.data
  const moved = !!previous_start && !!scheduled_start && new Date(previous_start).getTime() !== new Date(scheduled_start).getTime()
  try {
    switch (event.name) {
      case INTERVENTION_EVENTS.booked:
        if (confirmed) await mailInterventionScheduled(container, id)
        break
      case INTERVENTION_EVENTS.scheduled:
        await (moved ? mailInterventionRescheduled(container, id) : mailInterventionScheduled(container, id))
        break
      case INTERVENTION_EVENTS.rescheduled:
        if (confirmed) await mailInterventionRescheduled(container, id)
        break
      case INTERVENTION_EVENTS.cancelled:
        await mailInterventionCancelled(container, id)
        break
      case INTERVENTION_EVENTS.done:
        await mailInterventionDone(container, id)
        break
    }
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Intervention ${id}: client notification for ${event.name} not sent: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [INTERVENTION_EVENTS.booked, INTERVENTION_EVENTS.scheduled, INTERVENTION_EVENTS.rescheduled, INTERVENTION_EVENTS.cancelled, INTERVENTION_EVENTS.done],
  context: { subscriberId: "portal-intervention-client-mail" },
}
