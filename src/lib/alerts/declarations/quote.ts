import type { PortalAlertDeclaration, PortalEventData } from "../types"

const quoteName = (data: PortalEventData) => `Quote ${typeof data.number === "string" ? data.number : data.id}`
const by = (data: PortalEventData) => data.actor_name ?? "the client"
const amount = (data: PortalEventData) =>
  typeof data.total === "number" && typeof data.currency_code === "string"
    ? ` (${new Intl.NumberFormat("en", { style: "currency", currency: data.currency_code.toUpperCase() }).format(data.total)})`
    : ""

/** What clients do with quotes; the salesperson (`staff_user_id`) is alerted. `portal.quote.sent` is staff's own action. */
export const quoteAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.quote.viewed",
    resource_type: "quote",
    adminPath: (data) => `/client-portal/quotes/${data.id}`,
    title: (data) => `${quoteName(data)} opened by ${by(data)}`,
  },
  {
    event: "portal.quote.accepted",
    resource_type: "quote",
    adminPath: (data) => `/client-portal/quotes/${data.id}`,
    title: (data) => `${quoteName(data)} accepted by ${by(data)}${amount(data)}`,
  },
  {
    event: "portal.quote.rejected",
    resource_type: "quote",
    adminPath: (data) => `/client-portal/quotes/${data.id}`,
    title: (data) => `${quoteName(data)} rejected by ${by(data)}${typeof data.reason === "string" ? `: ${data.reason.slice(0, 80)}` : ""}`,
  },
  {
    event: "portal.quote.message_created",
    resource_type: "quote",
    adminPath: (data) => `/client-portal/quotes/${data.id}`,
    title: (data) => `New message on ${quoteName(data)} from ${by(data)}`,
  },
]
