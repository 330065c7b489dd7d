import "server-only"
import { cache } from "react"
import type { OrderDetail, OrderListItem } from "./billing-contract"
import { describeError, httpStatusOf, sdk } from "./client"
import { sessionHeaders } from "./portal"

export type { OrderDetail, OrderListItem }

export type OrderList = { orders: OrderListItem[]; count: number; offset: number; limit: number }

export const ORDERS_PAGE_SIZE = 20

export type OrderFilters = { q?: string; status?: string; offset?: number; limit?: number }

/** The account's orders (every member's; only their sites' for a member limited to sites), newest first. */
export const listOrders = cache(async ({ q, status, offset = 0, limit = ORDERS_PAGE_SIZE }: OrderFilters): Promise<OrderList> => {
  const query: Record<string, string | number> = { limit, offset, order: "-created_at" }
  if (q) query.q = q
  if (status) query.status = status
  return sdk.client.fetch<OrderList>("/store/portal/orders", { method: "GET", query, headers: await sessionHeaders(), cache: "no-store" })
})

/** One order, or null when it does not exist or belongs to another account (the backend's 404 for both). */
export const retrieveOrder = cache(async (id: string): Promise<OrderDetail | null> => {
  try {
    const { order } = await sdk.client.fetch<{ order: OrderDetail }>(`/store/portal/orders/${encodeURIComponent(id)}`, {
      method: "GET",
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return order
  } catch (error) {
    if (httpStatusOf(error) === 404) return null
    throw error
  }
})

export type ReorderResult =
  | { ok: true; cartId: string }
  | { ok: false; reason: "forbidden" | "not_found" | "unavailable" }
  | { ok: false; reason: "refused"; message: string | undefined }

/** Puts the order's lines into a new Medusa cart at today's prices. */
export async function reorder(id: string): Promise<ReorderResult> {
  try {
    const { cart } = await sdk.client.fetch<{ cart: { id: string } }>(`/store/portal/orders/${encodeURIComponent(id)}/reorder`, {
      method: "POST",
      body: {},
      headers: await sessionHeaders(),
      cache: "no-store",
    })
    return { ok: true, cartId: cart.id }
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 401 || status === 403) return { ok: false, reason: "forbidden" }
    if (status === 404) return { ok: false, reason: "not_found" }
    if (status !== undefined && status >= 400 && status < 500) {
      return { ok: false, reason: "refused", message: error instanceof Error ? error.message : undefined }
    }
    console.warn(`[portal] reorder failed: ${describeError(error)}`)
    return { ok: false, reason: "unavailable" }
  }
}
