"use server"

import { revalidatePath } from "next/cache"
import { NOTIFICATION_CHANNELS_IN_ORDER } from "./notification-channels"
import { markNotificationsRead, updateNotificationPreferences, type NotificationChannel } from "@/lib/data/support"
import type { SupportFormState } from "./support-state"

/** Marks one notification (`id`) or all of them read; the centre and the navigation's counts follow. */
export async function markNotificationsReadAction(formData: FormData): Promise<void> {
  const id = formData.get("id")
  await markNotificationsRead(typeof id === "string" && id ? [id] : undefined)
  revalidatePath("/[locale]", "layout")
}

/** Saves the member's channel per event (`channel:<event>` fields of the preferences form). */
export async function savePreferencesAction(previous: SupportFormState, formData: FormData): Promise<SupportFormState> {
  const preferences: { event: string; channel: NotificationChannel }[] = []
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("channel:") || typeof value !== "string") continue
    const channel = NOTIFICATION_CHANNELS_IN_ORDER.find((c) => c === value)
    if (channel) preferences.push({ event: name.slice("channel:".length), channel })
  }
  const result = await updateNotificationPreferences(preferences)
  const version = previous.version + 1
  if (!result.ok) {
    const detail = result.reason === "invalid" || result.reason === "conflict" ? (result.message ?? null) : null
    return { error: result.reason, field: null, detail, done: false, version, values: {} }
  }
  revalidatePath("/[locale]/(portal)/notifications/preferences", "page")
  return { error: null, field: null, detail: null, done: true, version, values: {} }
}
