import type { Translator } from "../../email/i18n"
import type { PortalAlertDeclaration, PortalEventData } from "../types"
import { by, numberOf } from "../wording"

const named = (data: PortalEventData, t: Translator) => ({ rental: t("alert.rental", { number: numberOf(data) }), by: by(data, t) })
/** The rental's calendar day (the date the event carries) in the reader's date format: "14 déc. 2026". */
const day = (value: unknown, t: Translator) => {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}/.test(value)) return "?"
  const date = new Date(`${value.slice(0, 10)}T00:00:00Z`)
  return new Intl.DateTimeFormat(t.locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date)
}
const dates = (data: PortalEventData, t: Translator) => t("alert.rentalDates", { from: day(data.starts_at, t), to: day(data.ends_at, t) })

/** What clients do with rentals: staff confirm requests, and see cancellations and moved dates at once. */
export const rentalAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.rental.requested",
    resource_type: "rental_reservation",
    adminPath: (data) => `/client-portal/rentals/${data.id}`,
    title: (data, t) => t("alert.rentalRequested", { ...named(data, t), dates: dates(data, t), loan: data.is_loan ? t("alert.rentalLoan") : "" }),
  },
  {
    event: "portal.rental.cancelled",
    resource_type: "rental_reservation",
    adminPath: (data) => `/client-portal/rentals/${data.id}`,
    title: (data, t) =>
      t("alert.rentalCancelled", {
        ...named(data, t),
        fee: typeof data.fee === "number" && data.fee > 0 ? t("alert.rentalFee", { amount: `${data.fee} ${String(data.currency_code ?? "").toUpperCase()}` }) : "",
      }),
  },
  {
    event: "portal.rental.changed",
    resource_type: "rental_reservation",
    adminPath: (data) => `/client-portal/rentals/${data.id}`,
    title: (data, t) => t("alert.rentalChanged", { ...named(data, t), dates: dates(data, t) }),
  },
]
