import type { PortalAlertDeclaration, PortalEventData } from "../types"

const by = (data: PortalEventData) => data.actor_name ?? "the client"
const amount = (data: PortalEventData) =>
  typeof data.total === "number" && typeof data.currency_code === "string"
    ? ` (${new Intl.NumberFormat("en", { style: "currency", currency: data.currency_code.toUpperCase() }).format(data.total)})`
    : ""

/** Orders clients place from the portal's order pad, and their approvals; the account's salesperson is alerted. */
export const salesAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.order.placed",
    resource_type: "order",
    adminPath: (data) => `/orders/${data.id}`,
    title: (data) => `Order #${typeof data.display_id === "number" ? data.display_id : data.id} placed from the portal by ${by(data)}${amount(data)}`,
  },
  {
    event: "portal.order.approval_requested",
    resource_type: "order_approval",
    adminPath: (data) => `/client-portal/accounts/${data.account_id}`,
    title: (data) => `Order awaiting the client's approval, asked by ${by(data)}${amount(data)}`,
  },
  {
    event: "portal.order.approved",
    resource_type: "order_approval",
    adminPath: (data) => (typeof data.order_id === "string" ? `/orders/${data.order_id}` : `/client-portal/accounts/${data.account_id}`),
    title: (data) => `Order approved in the portal by ${by(data)}${amount(data)}`,
  },
  {
    event: "portal.order.declined",
    resource_type: "order_approval",
    adminPath: (data) => `/client-portal/accounts/${data.account_id}`,
    title: (data) => `Order declined in the portal by ${by(data)}${amount(data)}${typeof data.reason === "string" && data.reason ? `: ${data.reason.slice(0, 80)}` : ""}`,
  },
]
