"use server"

import { revalidatePath } from "next/cache"
import { completePayment, payInvoices } from "@/lib/data/invoices"
import { reorder } from "@/lib/data/orders"
import { adoptCart } from "@/lib/data/order-pad"
import type { BillingError, BillingFormState, CompletionAnswer } from "./billing-state"

function failed(previous: BillingFormState, error: BillingError, detail: string | null = null): BillingFormState {
  return { error, detail, done: false, amount: null, currency: null, action: null, version: previous.version + 1 }
}

function succeeded(previous: BillingFormState, amount: number, currency: string | null = null): BillingFormState {
  return { error: null, detail: null, done: true, amount, currency, action: null, version: previous.version + 1 }
}

/** Puts an order's lines into a new cart at today's prices. */
export async function reorderAction(previous: BillingFormState, formData: FormData): Promise<BillingFormState> {
  const id = formData.get("order_id")
  if (typeof id !== "string" || !id) return failed(previous, "not_found")
  const result = await reorder(id)
  if (!result.ok) return failed(previous, result.reason, result.reason === "refused" ? (result.message ?? null) : null)
  // The new cart becomes the order pad's, where the member changes quantities and checks out.
  await adoptCart(result.cartId)
  return succeeded(previous, Number(formData.get("line_count")) || 0)
}

/**
 * Pays the ticked invoices (or one invoice, in part when an amount is given) online. The amount due shown
 * on the dashboard and the invoices pages comes from the backend again afterwards.
 */
export async function payInvoicesAction(previous: BillingFormState, formData: FormData): Promise<BillingFormState> {
  const ids = [...new Set(formData.getAll("invoice_ids").filter((value): value is string => typeof value === "string" && value !== ""))]
  if (!ids.length) return failed(previous, "none_selected")
  const rawAmount = formData.get("amount")
  let amount: number | undefined
  if (typeof rawAmount === "string" && rawAmount.trim() !== "") {
    // A comma is the decimal separator in French, Italian and Slovak.
    amount = Number(rawAmount.trim().replace(/\s/g, "").replace(",", "."))
    const max = Number(formData.get("amount_due"))
    if (ids.length !== 1 || !Number.isFinite(amount) || amount <= 0 || (Number.isFinite(max) && amount > max)) {
      return failed(previous, "bad_amount")
    }
  }
  const result = await payInvoices(ids, amount)
  if (!result.ok) return failed(previous, result.reason, result.reason === "refused" ? (result.message ?? null) : null)
  if ("action" in result) {
    // Nothing is paid yet: the form shows the provider's card form, then completes the payment.
    return { error: null, detail: null, done: false, amount: null, currency: result.action.currency_code, action: result.action, version: previous.version + 1 }
  }
  revalidateBilling()
  const currency = formData.get("currency_code")
  return succeeded(previous, result.amount, typeof currency === "string" && /^[a-z]{3}$/i.test(currency) ? currency : null)
}

/** Completes a payment the payer's browser confirmed with the provider (Stripe's card form, or its return page). */
export async function completePaymentAction(id: string): Promise<CompletionAnswer> {
  if (typeof id !== "string" || !/^[\w-]{1,100}$/.test(id)) return { ok: false, error: "not_found", detail: null }
  const result = await completePayment(id)
  if (!result.ok) return { ok: false, error: result.reason, detail: result.reason === "refused" ? (result.message ?? null) : null }
  revalidateBilling()
  return { ok: true, amount: result.amount }
}

function revalidateBilling() {
  revalidatePath("/[locale]/(portal)/invoices", "layout")
  revalidatePath("/[locale]/(portal)/dashboard", "page")
}
