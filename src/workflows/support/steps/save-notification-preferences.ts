import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { NotificationChannel } from "../../../modules/support/statuses"

export type SaveNotificationPreferencesInput = {
  member_id: string
  account_id: string
  preferences: { event: string; channel: NotificationChannel }[]
}

type Saved = { created: string[]; previous: { id: string; channel: NotificationChannel }[] }

/**
 * Writes a member's channel per event: a changed row is updated, a new one created (one row per member and
 * event, by the unique index). On failure the rows it created are removed and the others get their channel back.
 */
export const saveNotificationPreferencesStep = createStep(
  "save-client-notification-preferences",
  async (input: SaveNotificationPreferencesInput, { container }) => {
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    const existing = await support.listNotificationPreferences(
      { member_id: input.member_id, event: input.preferences.map((p) => p.event) },
      { select: ["id", "event", "channel"] }
    )
    const byEvent = new Map(existing.map((row) => [row.event, row]))
    const changed = input.preferences.filter((p) => byEvent.has(p.event) && byEvent.get(p.event)!.channel !== p.channel)
    const added = input.preferences.filter((p) => !byEvent.has(p.event))
    const saved: Saved = { created: [], previous: changed.map((p) => ({ id: byEvent.get(p.event)!.id, channel: byEvent.get(p.event)!.channel as NotificationChannel })) }
    if (changed.length) await support.updateNotificationPreferences(changed.map((p) => ({ id: byEvent.get(p.event)!.id, channel: p.channel })))
    if (added.length) {
      const created = await support.createNotificationPreferences(added.map((p) => ({ account_id: input.account_id, member_id: input.member_id, event: p.event, channel: p.channel })))
      saved.created = created.map((row) => row.id)
    }
    return new StepResponse(saved, saved)
  },
  async (saved, { container }) => {
    if (!saved) return
    const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
    if (saved.created.length) await support.deleteNotificationPreferences(saved.created)
    if (saved.previous.length) await support.updateNotificationPreferences(saved.previous)
  }
)
