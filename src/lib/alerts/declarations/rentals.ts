import type { PortalAlertDeclaration, PortalEventData } from "../types"

const rental = (data: PortalEventData) => `Rental ${typeof data.number === "string" ? data.number : data.id}`
const by = (data: PortalEventData) => data.actor_name ?? "the client"
const day = (value: unknown) => (typeof value === "string" ? value.slice(0, 10) : "?")
const dates = (data: PortalEventData) => `${day(data.starts_at)} to ${day(data.ends_at)}`

/** What clients do with rentals: staff confirm requests, and see cancellations and moved dates at once. */
export const rentalAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.rental.requested",
    resource_type: "rental_reservation",
    adminPath: (data) => `/client-portal/rentals/${data.id}`,
    title: (data) => `${rental(data)} requested by ${by(data)}, ${dates(data)}${data.is_loan ? " (loan)" : ""}`,
  },
  {
    event: "portal.rental.cancelled",
    resource_type: "rental_reservation",
    adminPath: (data) => `/client-portal/rentals/${data.id}`,
    title: (data) => `${rental(data)} cancelled by ${by(data)}${typeof data.fee === "number" && data.fee > 0 ? ` (fee ${data.fee} ${String(data.currency_code ?? "").toUpperCase()})` : ""}`,
  },
  {
    event: "portal.rental.changed",
    resource_type: "rental_reservation",
    adminPath: (data) => `/client-portal/rentals/${data.id}`,
    title: (data) => `${rental(data)} moved by ${by(data)} to ${dates(data)}`,
  },
]
