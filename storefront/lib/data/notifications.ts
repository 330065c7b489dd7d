import "server-only"
import { cache } from "react"
import type { NotificationChannel, NotificationPreferenceDto, StoreNotification } from "@support/contract"
import { describeError, httpStatusOf, sdk } from "./client"
import { sessionHeaders } from "./portal"

/**
 * The portal's side of the client notification centre and preferences. The shapes are the API's contract
 * (src/modules/support/contract.ts), imported as types only.
 */
export type { NotificationChannel, NotificationPreferenceDto, StoreNotification } from "@support/contract"

/** The channels in the order the preferences table shows them (the contract's list, imported as a type only). */
export const NOTIFICATION_CHANNELS = ["portal", "email", "digest"] as const satisfies readonly NotificationChannel[]

export const NOTIFICATIONS_PAGE_SIZE = 20

export type NotificationList = { notifications: StoreNotification[]; count: number; offset: number; limit: number; unread_count: number }

async function call<T>(path: string, init: { method: "GET" | "POST" | "PUT"; query?: Record<string, string | number>; body?: object }): Promise<T> {
  return sdk.client.fetch<T>(path, { ...init, headers: await sessionHeaders(), cache: "no-store" })
}

export const listNotifications = cache(async (unreadOnly: boolean, offset: number): Promise<NotificationList> =>
  call<NotificationList>("/store/portal/notifications", { method: "GET", query: { limit: NOTIFICATIONS_PAGE_SIZE, offset, ...(unreadOnly ? { unread: "true" } : {}) } })
)

/** The navigation's badge: a failing route shows no badge rather than an error page. */
export const getUnreadNotificationCount = cache(async (): Promise<number> => {
  try {
    return (await call<{ unread_count: number }>("/store/portal/notifications", { method: "GET", query: { limit: 1, offset: 0 } })).unread_count
  } catch (error) {
    console.warn(`[portal] unread count of notifications: ${describeError(error)}`)
    return 0
  }
})

export const getNotificationPreferences = cache(async (locale: string): Promise<NotificationPreferenceDto[]> =>
  (await call<{ notification_preferences: NotificationPreferenceDto[] }>("/store/portal/notification-preferences", { method: "GET", query: { locale } })).notification_preferences
)

export type NotificationFailure = "forbidden" | "not_found" | "invalid" | "unavailable"
export type NotificationResult = { ok: true } | { ok: false; reason: NotificationFailure; message?: string }

async function mutate(path: string, method: "POST" | "PUT", body: object, step: string): Promise<NotificationResult> {
  try {
    await call(path, { method, body })
    return { ok: true }
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 401 || status === 403) return { ok: false, reason: "forbidden" }
    if (status === 404) return { ok: false, reason: "not_found" }
    if (status !== undefined && status >= 400 && status < 500) return { ok: false, reason: "invalid", message: error instanceof Error ? error.message : undefined }
    console.warn(`[portal] ${step} failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}

export const markNotificationRead = (id: string) => mutate(`/store/portal/notifications/${encodeURIComponent(id)}/read`, "POST", {}, "marking a notification read")
export const markAllNotificationsRead = () => mutate("/store/portal/notifications/read", "POST", {}, "marking notifications read")
export const saveNotificationPreferences = (preferences: { event: string; channel: NotificationChannel }[]) =>
  mutate("/store/portal/notification-preferences", "PUT", { preferences }, "saving notification preferences")
