import type { Translator } from "../../email/i18n"
import type { PortalAlertDeclaration, PortalEventData } from "../types"
import { by, numberOf } from "../wording"

const named = (data: PortalEventData, t: Translator) => ({ rental: t("alert.rental", { number: numberOf(data) }), by: by(data, t) })
const day = (value: unknown) => (typeof value === "string" ? value.slice(0, 10) : "?")
const dates = (data: PortalEventData, t: Translator) => t("alert.rentalDates", { from: day(data.starts_at), to: day(data.ends_at) })

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
