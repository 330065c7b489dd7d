import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { markNotificationsReadStep, type MarkNotificationsReadInput } from "./steps/mark-notifications-read"
import { saveNotificationPreferencesStep, type SaveNotificationPreferencesInput } from "./steps/save-notification-preferences"

/** A member marks notifications of their centre read: one, or all at once. */
export const markNotificationsReadWorkflow = createWorkflow("mark-client-notifications-read", (input: MarkNotificationsReadInput) => {
  return new WorkflowResponse(markNotificationsReadStep(input))
})

/**
 * A member chooses, per client event, how they are told: in the portal only, by e-mail, or in the digest.
 * Under a lock per member, so two saves at once (two tabs) never both create the same event's row.
 */
export const saveNotificationPreferencesWorkflow = createWorkflow("save-client-notification-preferences", (input: SaveNotificationPreferencesInput) => {
  const key = transform({ input }, ({ input }) => `client-notification-preferences:${input.member_id}`)
  acquireLockStep({ key, timeout: 10, ttl: 30 })
  const saved = saveNotificationPreferencesStep(input)
  releaseLockStep({ key })
  return new WorkflowResponse(saved)
})
