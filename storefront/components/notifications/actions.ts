"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import {
  markAllNotificationsRead,
  markNotificationRead,
  NOTIFICATION_CHANNELS,
  saveNotificationPreferences,
  type NotificationChannel,
} from "@/lib/data/notifications"

function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** The centre, the navigation's badge and the dashboard show the change. */
function refresh(): void {
  revalidatePath("/[locale]", "layout")
}

/** A portal page of ours (`/quotes/…`), never an address elsewhere. */
function portalPath(link: string): string {
  return /^\/(?!\/)[\w\-./?=&%]*$/.test(link) ? link : "/notifications"
}

/** Opens a notification: it is marked read, then the page it concerns is shown. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const locale = toLocale(text(formData, "locale"))
  const id = text(formData, "id")
  const link = text(formData, "link")
  const result = await markNotificationRead(id)
  refresh()
  if (!result.ok && result.reason === "unavailable") redirect({ href: { pathname: "/notifications", query: { error: "unavailable" } }, locale })
  redirect({ href: link ? portalPath(link) : "/notifications", locale })
}

export async function markNotificationReadAction(formData: FormData): Promise<void> {
  const locale = toLocale(text(formData, "locale"))
  const result = await markNotificationRead(text(formData, "id"))
  refresh()
  redirect({ href: { pathname: "/notifications", query: result.ok ? {} : { error: result.reason } }, locale })
}

export async function markAllNotificationsReadAction(formData: FormData): Promise<void> {
  const locale = toLocale(text(formData, "locale"))
  const result = await markAllNotificationsRead()
  refresh()
  redirect({ href: { pathname: "/notifications", query: result.ok ? {} : { error: result.reason } }, locale })
}

/** One radio group per event (`channel:<event>`); every event the form showed is saved. */
export async function saveNotificationPreferencesAction(formData: FormData): Promise<void> {
  const locale = toLocale(text(formData, "locale"))
  const preferences: { event: string; channel: NotificationChannel }[] = []
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("channel:") || typeof value !== "string") continue
    if ((NOTIFICATION_CHANNELS as readonly string[]).includes(value)) preferences.push({ event: name.slice("channel:".length), channel: value as NotificationChannel })
  }
  const result = preferences.length ? await saveNotificationPreferences(preferences) : { ok: false as const, reason: "invalid" as const }
  refresh()
  redirect({ href: { pathname: "/notifications/preferences", query: result.ok ? { saved: "1" } : { error: result.reason } }, locale })
}
