"use server"

import { revalidatePath } from "next/cache"
import { acceptQuote, postQuoteMessage, rejectQuote, type QuoteFailure } from "@/lib/data/quotes"
import type { QuoteError, QuoteFormState } from "./quote-state"

/** The backend's own limits (reason 2000, message 5000), checked here to answer next to the field. */
const MAX_REASON = 2000
const MAX_MESSAGE = 5000

function text(formData: FormData, name: string): string {
  const value = formData.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** The quote's pages show the new status, order and messages as the backend has them. */
function refreshQuotePages(): void {
  revalidatePath("/[locale]/(portal)/quotes", "layout")
  revalidatePath("/[locale]/(portal)/dashboard", "page")
}

function failed(previous: QuoteFormState, error: QuoteError, detail: string | null = null): QuoteFormState {
  return { error, detail, done: false, version: previous.version + 1 }
}

function fromFailure(previous: QuoteFormState, failure: QuoteFailure): QuoteFormState {
  return failed(previous, failure.reason, failure.reason === "refused" ? (failure.message ?? null) : null)
}

function succeeded(previous: QuoteFormState): QuoteFormState {
  refreshQuotePages()
  return { error: null, detail: null, done: true, version: previous.version + 1 }
}

/** Accepts the quote with the optional lines the client ticked; the backend turns it into an order. */
export async function acceptQuoteAction(previous: QuoteFormState, formData: FormData): Promise<QuoteFormState> {
  const id = text(formData, "quote_id")
  const signature = text(formData, "signature_name")
  if (formData.get("requires_signature") === "true" && !signature) return failed(previous, "signature_required")
  if (signature.length > 200) return failed(previous, "too_long")
  const optional = formData.getAll("optional_line_ids").filter((value): value is string => typeof value === "string" && value !== "")
  const version = Number(text(formData, "version"))
  const result = await acceptQuote(id, version, optional, signature || undefined)
  return result.ok ? succeeded(previous) : fromFailure(previous, result)
}

export async function rejectQuoteAction(previous: QuoteFormState, formData: FormData): Promise<QuoteFormState> {
  const reason = text(formData, "reason")
  if (!reason) return failed(previous, "reason_required")
  if (reason.length > MAX_REASON) return failed(previous, "too_long")
  const result = await rejectQuote(text(formData, "quote_id"), reason)
  return result.ok ? succeeded(previous) : fromFailure(previous, result)
}

export async function postMessageAction(previous: QuoteFormState, formData: FormData): Promise<QuoteFormState> {
  const body = text(formData, "body")
  if (!body) return failed(previous, "body_required")
  if (body.length > MAX_MESSAGE) return failed(previous, "too_long")
  const result = await postQuoteMessage(text(formData, "quote_id"), body)
  return result.ok ? succeeded(previous) : fromFailure(previous, result)
}
