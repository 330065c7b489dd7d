import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { describeAlerts, liveAlertHubOf, type StoredAlert } from "../../../lib/alerts/presentation"

export const publishLiveAlertStepId = "publish-live-alert"

/**
 * Pushes the alert to the admin pages open right now. Best effort by design: a page that misses it (closed,
 * reconnecting, Redis down) finds it in the alerts centre, so a failure here is logged and never undoes the
 * stored alert. Nothing to compensate: a pushed message cannot be recalled.
 */
export const publishLiveAlertStep = createStep(publishLiveAlertStepId, async (alert: StoredAlert, { container }) => {
  try {
    const [live] = await describeAlerts(container, [alert])
    await liveAlertHubOf(container).publish(live)
    return new StepResponse({ published: true })
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Live staff alert ${alert.id} not pushed: ${(error as Error).message}`)
    return new StepResponse({ published: false })
  }
})
