import "server-only"
import { cookies } from "next/headers"
import { cache } from "react"
import type { OnlinePaymentAction, OrderApproval, OrderApprovalStatus, OrderPadFavourite, OrderPadProduct, OrderPadTerms, PortalPaymentChoice } from "./billing-contract"
import { callFailure, httpStatusOf, sdk } from "./client"
import { sessionHeaders } from "./portal"
import { portalTokenCookieOptions } from "./session"

export type { OrderApproval, OrderApprovalStatus, OrderPadProduct, OrderPadTerms, PortalPaymentChoice }

export const ORDER_PAD_PAGE_SIZE = 24
export const APPROVALS_PAGE_SIZE = 20

/** The httpOnly cookie holding the member's open order-pad cart (a Medusa cart id). */
const CART_COOKIE = "portal_order_pad_cart"

/** A Medusa cart as the order pad shows it. */
export type PadCart = {
  id: string
  completed_at: string | null
  currency_code: string
  subtotal: number
  tax_total: number
  shipping_total: number
  total: number
  metadata: Record<string, unknown> | null
  items: { id: string; title: string; variant_sku: string | null; variant_id: string | null; quantity: number; unit_price: number; total: number }[]
}

const CART_FIELDS = "id,completed_at,currency_code,subtotal,tax_total,shipping_total,total,metadata,*items"

/** Why a call failed, as the pages tell it. */
export type PadFailure = "forbidden" | "not_found" | "refused" | "unavailable"
export type PadResult<T> = ({ ok: true } & T) | { ok: false; reason: PadFailure; message?: string }


const call = async <T>(path: string, init: { method?: "GET" | "POST" | "DELETE"; body?: Record<string, unknown>; query?: Record<string, string | number> } = {}) =>
  sdk.client.fetch<T>(path, { method: init.method ?? "GET", body: init.body, query: init.query, headers: await sessionHeaders(), cache: "no-store" })

/** The caller's ordering terms, or null when their role or session may not order (viewer, read-only session). */
export const getOrderPadTerms = cache(async (): Promise<OrderPadTerms | null> => {
  try {
    return (await call<{ order_pad: OrderPadTerms }>("/store/portal/order-pad")).order_pad
  } catch (error) {
    if (httpStatusOf(error) === 403) return null
    throw error
  }
})

export type ProductFilters = { q?: string; site_id?: string; bought_before?: boolean; favourites?: boolean; offset?: number }

/** A page of the catalogue at the client's prices for the site. */
export async function listOrderPadProducts({ q, site_id, bought_before, favourites, offset = 0 }: ProductFilters) {
  const query: Record<string, string | number> = { limit: ORDER_PAD_PAGE_SIZE, offset }
  if (q) query.q = q
  if (site_id) query.site_id = site_id
  if (bought_before) query.bought_before = "true"
  if (favourites) query.favourites = "true"
  return call<{ products: OrderPadProduct[]; count: number }>("/store/portal/order-pad/products", { query })
}

/** Stars a product of the pad for the member (a second star of the same product changes nothing). */
export async function addFavourite(variantId: string): Promise<PadResult<{ favourite: OrderPadFavourite }>> {
  try {
    const { favourite } = await call<{ favourite: OrderPadFavourite }>("/store/portal/order-pad/favourites", { method: "POST", body: { variant_id: variantId } })
    return { ok: true, favourite }
  } catch (error) {
    return callFailure(error, "adding a favourite")
  }
}

/** Takes a product off the member's favourites. */
export async function removeFavourite(id: string): Promise<PadResult<object>> {
  try {
    await call(`/store/portal/order-pad/favourites/${encodeURIComponent(id)}`, { method: "DELETE" })
    return { ok: true }
  } catch (error) {
    return callFailure(error, "removing a favourite")
  }
}

async function cartCookie(): Promise<string | undefined> {
  return (await cookies()).get(CART_COOKIE)?.value || undefined
}

/** Remembers the open cart. Only callable from a server action. */
async function rememberCart(id: string | null) {
  const store = await cookies()
  if (id) store.set(CART_COOKIE, id, portalTokenCookieOptions())
  else store.delete(CART_COOKIE)
}

/** Makes a cart started elsewhere (an order's "reorder") the order pad's open cart. Only callable from a server action. */
export async function adoptCart(id: string) {
  await rememberCart(id)
}

/** The member's open order-pad cart, or null (none yet, completed, or no longer theirs). */
export async function currentCart(): Promise<PadCart | null> {
  const id = await cartCookie()
  if (!id) return null
  try {
    const { cart } = await call<{ cart: PadCart }>(`/store/carts/${encodeURIComponent(id)}`, { query: { fields: CART_FIELDS } })
    return cart.completed_at ? null : cart
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 404 || status === 401 || status === 403) return null
    throw error
  }
}

/**
 * Adds a line to the member's cart for the site, starting one (our route: the site's address, the account's
 * region) when there is none or it is for another site; the line itself goes through Medusa's cart route.
 */
export async function addToCart(siteId: string | null, variantId: string, quantity: number): Promise<PadResult<{ cartId: string }>> {
  try {
    let cart = await currentCart()
    const cartSite = typeof cart?.metadata?.site_id === "string" ? cart.metadata.site_id : null
    if (!cart || cartSite !== siteId) {
      const { cart: started } = await call<{ cart: { id: string } }>("/store/portal/order-pad/carts", { method: "POST", body: siteId ? { site_id: siteId } : {} })
      await rememberCart(started.id)
      cart = { id: started.id } as PadCart
    }
    await call(`/store/carts/${encodeURIComponent(cart.id)}/line-items`, { method: "POST", body: { variant_id: variantId, quantity } })
    return { ok: true, cartId: cart.id }
  } catch (error) {
    return callFailure(error, "adding to the cart")
  }
}

/** Changes a line's quantity in the open cart (0 removes it), through Medusa's cart routes. */
export async function changeLine(lineId: string, quantity: number): Promise<PadResult<object>> {
  const id = await cartCookie()
  if (!id) return { ok: false, reason: "not_found" }
  const path = `/store/carts/${encodeURIComponent(id)}/line-items/${encodeURIComponent(lineId)}`
  try {
    if (quantity > 0) await call(path, { method: "POST", body: { quantity } })
    else await call(path, { method: "DELETE" })
    return { ok: true }
  } catch (error) {
    return callFailure(error, "changing a cart line")
  }
}

export type PlacedOrder = { placed: "order"; orderId: string; displayId: number; payment: PortalPaymentChoice }
/** `confirm`: the provider needs the payer's browser (Stripe's card form) before the cart may become an order. */
export type CheckoutOutcome = PlacedOrder | { placed: "approval"; approvalId: string } | { placed: "confirm" }

type PadSession = { provider_id: string; status: string; data?: Record<string, unknown> | null }

/** The client secret of a session its provider left waiting for the payer's browser (Stripe's PaymentIntent), if any. */
function clientSecretOf(sessions: PadSession[] | null | undefined, providerId: string): string | null {
  const session = sessions?.find((s) => s.provider_id === providerId && ["pending", "requires_more"].includes(s.status))
  const secret = session?.data?.client_secret
  return typeof secret === "string" && secret ? secret : null
}

/**
 * Medusa's own checkout of the open cart: the cheapest shipping option for the site's address, the payment
 * chosen on the cart (`metadata.portal_payment`: on invoice through the system provider, or, for a payer,
 * online through the store's provider, captured once the order is placed), a payment collection and session,
 * then completion, or, above the account's threshold for a member who may not approve, a request for approval
 * (the cart waits, uncompleted). A provider that needs the payer's browser (Stripe) leaves the cart open with its
 * payment session waiting (`confirm`): the pad shows the card form, then `completeCardCheckout` places the order.
 */
export async function checkout(payment: PortalPaymentChoice): Promise<PadResult<{ outcome: CheckoutOutcome }>> {
  const cart = await currentCart()
  if (!cart || !cart.items?.length) return { ok: false, reason: "not_found" }
  const path = `/store/carts/${encodeURIComponent(cart.id)}`
  try {
    const terms = await getOrderPadTerms()
    if (!terms) return { ok: false, reason: "forbidden" }
    const provider = payment === "online" ? terms.online_payment_provider : "pp_system_default"
    if (!provider) return { ok: false, reason: "forbidden" }
    const { shipping_options } = await call<{ shipping_options: { id: string; amount: number | null }[] }>("/store/shipping-options", { query: { cart_id: cart.id } })
    const option = [...shipping_options].sort((a, b) => (a.amount ?? 0) - (b.amount ?? 0))[0]
    if (!option) return { ok: false, reason: "refused", message: "No delivery is offered for this address." }
    await call(`${path}/shipping-methods`, { method: "POST", body: { option_id: option.id } })
    // Medusa merges a cart's metadata: the site and account the pad put there stay.
    await call(path, { method: "POST", body: { metadata: { portal_payment: payment } } })
    const { payment_collection } = await call<{ payment_collection: { id: string } }>("/store/payment-collections", { method: "POST", body: { cart_id: cart.id } })
    const { payment_collection: paying } = await call<{ payment_collection: { payment_sessions?: PadSession[] } }>(`/store/payment-collections/${payment_collection.id}/payment-sessions`, {
      method: "POST",
      body: { provider_id: provider },
    })
    const { cart: priced } = await call<{ cart: PadCart }>(path, { query: { fields: "id,total" } })
    if (terms.needs_approval_above_threshold && terms.approval_threshold !== null && Number(priced.total) > terms.approval_threshold) {
      const { order_approval } = await call<{ order_approval: OrderApproval }>("/store/portal/order-approvals", { method: "POST", body: { cart_id: cart.id } })
      await rememberCart(null)
      return { ok: true, outcome: { placed: "approval", approvalId: order_approval.id } }
    }
    // Stripe's card is confirmed in the browser first (the pad shows its form), then the cart is completed.
    if (payment === "online" && clientSecretOf(paying.payment_sessions, provider)) return { ok: true, outcome: { placed: "confirm" } }
    return await completeCart(cart.id, payment)
  } catch (error) {
    return callFailure(error, "checkout")
  }
}

async function completeCart(cartId: string, payment: PortalPaymentChoice): Promise<PadResult<{ outcome: PlacedOrder }>> {
  const completed = await call<{ type: "order"; order: { id: string; display_id: number } } | { type: "cart"; error: { message: string } }>(
    `/store/carts/${encodeURIComponent(cartId)}/complete`,
    { method: "POST", body: {} }
  )
  if (completed.type !== "order") return { ok: false, reason: "refused", message: completed.error.message }
  await rememberCart(null)
  return { ok: true, outcome: { placed: "order", orderId: completed.order.id, displayId: completed.order.display_id, payment } }
}

/** The open cart's online payment waiting for the payer's browser (checkout answered `confirm`), or null. */
export async function cardCheckout(): Promise<OnlinePaymentAction | null> {
  const id = await cartCookie()
  const terms = await getOrderPadTerms()
  const provider = terms?.online_payment_provider
  if (!id || !provider) return null
  try {
    const { cart } = await call<{ cart: { id: string; total: number; currency_code: string; completed_at: string | null; payment_collection?: { payment_sessions?: PadSession[] } | null } }>(
      `/store/carts/${encodeURIComponent(id)}`,
      { query: { fields: "id,total,currency_code,completed_at,*payment_collection.payment_sessions" } }
    )
    const secret = cart.completed_at ? null : clientSecretOf(cart.payment_collection?.payment_sessions, provider)
    return secret ? { id: cart.id, provider_id: provider, client_secret: secret, amount: Number(cart.total), currency_code: cart.currency_code } : null
  } catch (error) {
    const status = httpStatusOf(error)
    if (status === 404 || status === 401 || status === 403) return null
    throw error
  }
}

/** Completes the open cart once the payer's browser confirmed its online payment: the order is placed. Only callable from a server action. */
export async function completeCardCheckout(): Promise<PadResult<{ outcome: PlacedOrder }>> {
  const id = await cartCookie()
  if (!id) return { ok: false, reason: "not_found" }
  try {
    return await completeCart(id, "online")
  } catch (error) {
    return callFailure(error, "completing a card checkout")
  }
}

/** Orders waiting for approval and decided ones the caller may see, newest first. */
export async function listApprovals({ status, offset = 0 }: { status?: OrderApprovalStatus; offset?: number }) {
  const query: Record<string, string | number> = { limit: APPROVALS_PAGE_SIZE, offset, order: "-created_at" }
  if (status) query.status = status
  return call<{ order_approvals: OrderApproval[]; count: number }>("/store/portal/order-approvals", { query })
}

/** An approver's decision: approve (the order is placed) or decline with a reason. */
export async function decideApproval(id: string, decision: "approve" | "decline", reason?: string): Promise<PadResult<{ approval: OrderApproval }>> {
  try {
    const { order_approval } = await call<{ order_approval: OrderApproval }>(`/store/portal/order-approvals/${encodeURIComponent(id)}/${decision}`, {
      method: "POST",
      body: decision === "decline" ? { reason } : {},
    })
    return { ok: true, approval: order_approval }
  } catch (error) {
    if (httpStatusOf(error) === 409) return { ok: false, reason: "refused", message: error instanceof Error ? error.message : undefined }
    return callFailure(error, "deciding an order approval")
  }
}
