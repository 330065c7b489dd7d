import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { EmailTemplateName } from "../../../lib/email"

export type PortalEmail = {
  to: string
  template: EmailTemplateName
  data: Record<string, unknown>
  idempotency_key?: string
}

export type PortalEmailResult = { notification_id: string | null; status: "sent" | "failed"; error: string | null }

export const sendPortalEmailStepId = "send-portal-email"

/**
 * Sends one e-mail through the notification module's `email` channel. A mail server that refuses or is down
 * must not undo what staff or the client just did (the member exists, the code is issued): the failure is
 * recorded by the notification module, logged, and answered as `status: "failed"` so that the caller can
 * offer to send again. Nothing to compensate: a sent mail cannot be recalled.
 */
export const sendPortalEmailStep = createStep(sendPortalEmailStepId, async (mail: PortalEmail, { container }) => {
  const notifications = container.resolve(Modules.NOTIFICATION)
  try {
    const [sent] = await notifications.createNotifications([{ ...mail, channel: "email" }])
    return new StepResponse<PortalEmailResult>({ notification_id: sent?.id ?? null, status: "sent", error: null })
  } catch (error) {
    const message = ((error as Error).message ?? "unknown error").split("\n").filter(Boolean).pop() ?? "unknown error"
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`E-mail ${mail.template} to ${mail.to} not sent: ${message}`)
    return new StepResponse<PortalEmailResult>({ notification_id: null, status: "failed", error: message })
  }
})
