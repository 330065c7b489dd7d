"use server"

import { revalidatePath } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { addFavourite, addToCart, changeLine, checkout, completeCardCheckout, decideApproval, removeFavourite, type PlacedOrder } from "@/lib/data/order-pad"

const text = (formData: FormData, name: string) => {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** The order pad's own address, keeping the visitor's search, site and page. */
function padHref(formData: FormData, extra: Record<string, string>) {
  const query: Record<string, string> = {}
  for (const key of ["q", "site", "bought", "fav", "page"]) {
    const value = text(formData, `return_${key}`)
    if (value) query[key] = value.slice(0, 200)
  }
  return { pathname: "/orders/new", query: { ...query, ...extra } }
}

const quantityOf = (formData: FormData) => {
  const quantity = Number(text(formData, "quantity"))
  return Number.isInteger(quantity) && quantity >= 0 && quantity <= 100_000 ? quantity : null
}

/** Adds a product to the member's cart (started for the chosen site when needed) through Medusa's cart route. */
export async function addToCartAction(formData: FormData) {
  const locale = await getLocale()
  const quantity = quantityOf(formData)
  if (!quantity) return redirect({ href: padHref(formData, { error: "bad_quantity" }), locale })
  const result = await addToCart(text(formData, "return_site") || null, text(formData, "variant_id"), quantity)
  return redirect({ href: padHref(formData, result.ok ? { notice: "added" } : { error: result.reason }), locale })
}

/** The star of a pad row: marks the product a favourite of the member, or takes it off (its favourite's id given). */
export async function toggleFavouriteAction(formData: FormData) {
  const locale = await getLocale()
  const favouriteId = text(formData, "favourite_id")
  const result = favouriteId ? await removeFavourite(favouriteId) : await addFavourite(text(formData, "variant_id"))
  const notice = favouriteId ? "unfavourited" : "favourited"
  return redirect({ href: padHref(formData, result.ok ? { notice } : { error: result.reason }), locale })
}

/** Changes a cart line's quantity; 0 removes the line. */
export async function changeLineAction(formData: FormData) {
  const locale = await getLocale()
  const quantity = formData.get("remove") ? 0 : quantityOf(formData)
  if (quantity === null) return redirect({ href: padHref(formData, { error: "bad_quantity" }), locale })
  const result = await changeLine(text(formData, "line_id"), quantity)
  return redirect({ href: padHref(formData, result.ok ? { notice: "changed" } : { error: result.reason }), locale })
}

/**
 * Medusa's checkout of the cart, paid as the member chose (on invoice unless a payer picks online): back to the
 * pad with the order's number and how it is paid, or the approvals page when it waits for an approver.
 */
export async function checkoutAction(formData: FormData) {
  const locale = await getLocale()
  const result = await checkout(text(formData, "payment") === "online" ? "online" : "on_invoice")
  if (!result.ok) {
    const extra: Record<string, string> = { error: result.reason }
    if (result.message) extra.detail = result.message.slice(0, 300)
    return redirect({ href: padHref(formData, extra), locale })
  }
  // The card is confirmed in the browser first: the pad shows Stripe's form for the open cart.
  if (result.outcome.placed === "confirm") return redirect({ href: padHref(formData, { confirm: "card" }), locale })
  revalidatePath("/[locale]/(portal)/orders", "layout")
  if (result.outcome.placed === "approval") return redirect({ href: { pathname: "/orders/approvals", query: { notice: "requested" } }, locale })
  return redirect({ href: placedHref(result.outcome), locale })
}

const placedHref = (outcome: PlacedOrder) => ({
  pathname: "/orders/new" as const,
  query: { notice: "placed", order: outcome.orderId, number: String(outcome.displayId), payment: outcome.payment },
})

/**
 * Places the order once the payer's browser confirmed the card (Stripe's form on the pad, or the bank's page it
 * came back from). Answers where to go, or Medusa's reason when the cart did not become an order.
 */
export async function completeCardCheckoutAction(): Promise<{ ok: true; href: ReturnType<typeof placedHref> } | { ok: false; reason: string; message: string | null }> {
  const result = await completeCardCheckout()
  if (!result.ok) return { ok: false, reason: result.reason, message: result.message ?? null }
  revalidatePath("/[locale]/(portal)/orders", "layout")
  return { ok: true, href: placedHref(result.outcome) }
}

/** An approver's decision; a decline needs its reason. */
export async function decideApprovalAction(formData: FormData) {
  const locale = await getLocale()
  const decision = text(formData, "decision") === "decline" ? "decline" : "approve"
  const reason = text(formData, "reason").slice(0, 2000)
  const back = (query: Record<string, string>) => ({ pathname: "/orders/approvals", query })
  if (decision === "decline" && !reason) return redirect({ href: back({ error: "reason_required" }), locale })
  const result = await decideApproval(text(formData, "approval_id"), decision, reason)
  if (!result.ok) {
    const query: Record<string, string> = { error: result.reason }
    if (result.message) query.detail = result.message.slice(0, 300)
    return redirect({ href: back(query), locale })
  }
  revalidatePath("/[locale]/(portal)/orders", "layout")
  return redirect({ href: back({ notice: decision === "approve" ? "approved" : "declined" }), locale })
}
