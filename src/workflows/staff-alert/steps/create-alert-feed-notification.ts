import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { describeAlerts, type StoredAlert } from "../../../lib/alerts/presentation"

export const createAlertFeedNotificationStepId = "create-alert-feed-notification"

/**
 * Puts the alert in the admin's notification panel (channel `feed`). The panel shows `data.title` and
 * `data.description` only; `data.url` keeps the object's admin path for other readers. Best effort: the
 * alert is already stored and shown live, so a failing feed is logged and never undoes it. Nothing to
 * compensate: staff may already have read it.
 */
export const createAlertFeedNotificationStep = createStep(
  createAlertFeedNotificationStepId,
  async (alert: StoredAlert, { container }) => {
    try {
      const [described] = await describeAlerts(container, [alert])
      const account = described.account ? `${described.account.name} (${described.account.number})` : null
      // Medusa answers nothing for an idempotency key it has seen: the alert is in the feed already (its event
      // was handled again after a worker died).
      const notification: NotificationDTO | undefined = await container.resolve(Modules.NOTIFICATION).createNotifications({
        to: "",
        channel: "feed",
        template: "admin-ui",
        resource_type: alert.resource_type,
        resource_id: alert.resource_id,
        idempotency_key: `portal-staff-alert:${alert.id}`,
        data: {
          title: alert.title,
          description: [account, alert.actor_name].filter(Boolean).join(" · ") || undefined,
          url: alert.admin_path,
          alert_id: alert.id,
          event: alert.event,
        },
      })
      return new StepResponse<{ notification_id: string | null }>({ notification_id: notification?.id ?? null })
    } catch (error) {
      container
        .resolve(ContainerRegistrationKeys.LOGGER)
        .warn(`Staff alert ${alert.id} not put in the admin feed: ${(error as Error).message}`)
      return new StepResponse<{ notification_id: string | null }>({ notification_id: null })
    }
  }
)
