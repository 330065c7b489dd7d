/**
 * Rental dates are whole UTC days: the portal's date inputs give `YYYY-MM-DD`, the API takes instants, and a
 * day always maps to its UTC midnight so the client, the staff and the availability calendar count the same
 * days whatever their time zone.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

/** A `YYYY-MM-DD` that is a real calendar day, or null. */
export function parseDay(value: string | null | undefined): string | null {
  if (!value || !DAY.test(value)) return null
  const time = Date.parse(`${value}T00:00:00.000Z`)
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(value) ? value : null
}

export function dayToInstant(day: string): string {
  return `${day}T00:00:00.000Z`
}

const QUARTER_HOUR_MS = 900_000

/**
 * When a rental picked for `day` starts: that day's UTC midnight, or for today (already begun) the next
 * quarter hour, since a rental cannot start in the past.
 */
export function startInstant(day: string, now: Date = new Date()): string {
  if (day !== instantToDay(now)) return dayToInstant(day)
  return new Date(Math.ceil(now.getTime() / QUARTER_HOUR_MS) * QUARTER_HOUR_MS).toISOString()
}

/** The UTC day of an instant, as `YYYY-MM-DD`. */
export function instantToDay(instant: string | Date): string {
  return new Date(instant).toISOString().slice(0, 10)
}

export function addDays(day: string, days: number): string {
  return instantToDay(new Date(Date.parse(dayToInstant(day)) + days * DAY_MS))
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(dayToInstant(to)) - Date.parse(dayToInstant(from))) / DAY_MS)
}

export function today(): string {
  return instantToDay(new Date())
}

/** A day written in the reader's language, read as the UTC day it stands for. */
export function formatDay(day: string, locale: string, style: "medium" | "long" | "full" = "medium"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(new Date(dayToInstant(day)))
}

/** Amounts come in the currency's main unit, as Medusa's prices. */
export function formatMoney(amount: number, currencyCode: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}

export type BookingDates = { from: string; to: string; site: string }

export type DatesError = "from_invalid" | "to_invalid" | "past" | "order"

/** The booking form's dates, checked as the backend will (it checks again, with the business's own rules). */
export function checkDates(from: string | null, to: string | null, now: string = today()): DatesError | null {
  if (!from) return "from_invalid"
  if (!to) return "to_invalid"
  if (from < now) return "past"
  if (to <= from) return "order"
  return null
}
