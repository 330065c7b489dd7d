"use server"

import { revalidatePath } from "next/cache"
import { getLocale } from "next-intl/server"
import { redirect } from "@/i18n/navigation"
import { cancelRental, changeRentalDates, reserveRental, type RentalFailure } from "@/lib/data/rentals"
import { checkDates, dayToInstant, parseDay, startInstant } from "./dates"
import type { RentalError, RentalFormState, RentalPreviewState } from "./rental-state"

/** The most units of one model a single reservation asks for; the backend checks what is free. */
const MAX_QUANTITY = 100
const MAX_NOTES = 2000

function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

function refreshRentalPages(): void {
  revalidatePath("/[locale]/(portal)/rentals", "layout")
  revalidatePath("/[locale]/(portal)/fleet", "layout")
  revalidatePath("/[locale]/(portal)/dashboard", "page")
}

function failed(previous: RentalFormState, error: RentalError, detail: string | null = null): RentalFormState {
  return { error, detail, done: false, version: previous.version + 1 }
}

function detailOf(failure: RentalFailure): string | null {
  return failure.reason === "refused" || failure.reason === "conflict" ? (failure.message ?? null) : null
}

/**
 * Reserves the models the client gave a quantity (fields `quantity:<model id>`) for the chosen days, then
 * opens the new reservation's page. A unit taken meanwhile comes back as the backend's 409 naming the dates.
 */
export async function reserveAction(previous: RentalFormState, formData: FormData): Promise<RentalFormState> {
  const from = parseDay(text(formData, "from"))
  const to = parseDay(text(formData, "to"))
  if (checkDates(from, to) || !from || !to) return failed(previous, "dates_invalid")
  const lines: { model_id: string; quantity: number }[] = []
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("quantity:") || typeof value !== "string" || value.trim() === "") continue
    const quantity = Number(value)
    if (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY) return failed(previous, "quantity_invalid")
    if (quantity > 0) lines.push({ model_id: name.slice("quantity:".length), quantity })
  }
  if (!lines.length) return failed(previous, "lines_required")
  const notes = text(formData, "notes").slice(0, MAX_NOTES)
  const site = text(formData, "site")
  const result = await reserveRental({
    starts_at: startInstant(from),
    ends_at: dayToInstant(to),
    site_id: site || null,
    ...(notes ? { notes } : {}),
    lines,
  })
  if (!result.ok) return failed(previous, result.reason, detailOf(result))
  refreshRentalPages()
  // `redirect` throws Next's navigation signal, so nothing runs after it.
  return redirect({ href: { pathname: `/rentals/${result.rental.id}`, query: { reserved: "1" } }, locale: await getLocale() })
}

/** Cancels the reservation; the page showed the fee (or the refusing rule) before the client confirmed. */
export async function cancelAction(previous: RentalFormState, formData: FormData): Promise<RentalFormState> {
  const result = await cancelRental(text(formData, "rental_id"), false)
  if (!result.ok) return failed(previous, result.reason, detailOf(result))
  refreshRentalPages()
  return { error: null, detail: null, done: true, version: previous.version + 1 }
}

/**
 * Two steps in one form: `intent=preview` asks what the new dates cost (or which rule refuses them) without
 * changing anything; `intent=confirm` changes to the dates that were previewed.
 */
export async function changeDatesAction(previous: RentalPreviewState, formData: FormData): Promise<RentalPreviewState> {
  const from = parseDay(text(formData, "from"))
  const to = parseDay(text(formData, "to"))
  const base = { from: text(formData, "from"), to: text(formData, "to"), version: previous.version + 1 }
  if (checkDates(from, to) || !from || !to) return { ...base, error: "dates_invalid", detail: null, done: false, preview: null }
  const preview = text(formData, "intent") !== "confirm"
  const result = await changeRentalDates(text(formData, "rental_id"), { starts_at: startInstant(from), ends_at: dayToInstant(to), preview })
  if (!result.ok) {
    // A preview the rules refuse (notice, dates taken) is the answer to show, not a failure of the form.
    if (preview && (result.reason === "refused" || result.reason === "conflict")) {
      return { ...base, error: null, detail: null, done: false, preview: { fee: 0, currency_code: "", refusal: result.message ?? "", estimated_total: null } }
    }
    return { ...base, error: result.reason, detail: detailOf(result), done: false, preview: null }
  }
  if (preview) {
    const answer = result.preview
    return {
      ...base,
      error: null,
      detail: null,
      done: false,
      preview: answer
        ? {
            fee: answer.fee,
            currency_code: answer.currency_code,
            refusal: answer.allowed ? null : (answer.refusal ?? ""),
            estimated_total: answer.estimated_total ?? null,
          }
        : null,
    }
  }
  refreshRentalPages()
  return { ...base, error: null, detail: null, done: true, preview: null }
}
