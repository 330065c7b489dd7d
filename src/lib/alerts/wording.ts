import type { Translator } from "../email/i18n"
import type { PortalEventData } from "./types"

/** A text field of the event's data, trimmed; null when absent or empty. */
export const text = (data: PortalEventData, key: string): string | null => {
  const value = data[key]
  return typeof value === "string" && value.trim() ? value.trim() : null
}

/** Who acted, as the payload names them, else "the client" in the reader's language. */
export const by = (data: PortalEventData, t: Translator) => data.actor_name ?? t("alert.theClient")

/** The object's number (a quote's, a ticket's), else its id. */
export const numberOf = (data: PortalEventData) => (typeof data.number === "string" ? data.number : data.id)

/** An amount in the reader's number format, or null without both total and currency. */
export function money(data: PortalEventData, t: Translator, total: unknown = data.total): string | null {
  if (typeof total !== "number" || typeof data.currency_code !== "string") return null
  return new Intl.NumberFormat(t.locale, { style: "currency", currency: data.currency_code.toUpperCase() }).format(total)
}

/** ": reason" (80 characters at most), with the reader's punctuation; empty without one. */
export const detail = (t: Translator, value: unknown) => (typeof value === "string" && value ? t("alert.detail", { text: value.slice(0, 80) }) : "")

/** " (text)"; empty without one. */
export const between = (t: Translator, value: string | null) => (value ? t("alert.between", { text: value }) : "")
