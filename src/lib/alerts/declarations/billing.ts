import type { PortalAlertDeclaration, PortalEventData } from "../types"

const money = (data: PortalEventData) =>
  typeof data.total === "number" && typeof data.currency_code === "string"
    ? new Intl.NumberFormat("en", { style: "currency", currency: data.currency_code.toUpperCase() }).format(data.total)
    : "a payment"

/** What clients do with their invoices: staff see online payments as they come. */
export const billingAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.invoice.paid",
    resource_type: "invoice",
    adminPath: (data) => `/client-portal/invoices/${data.id}`,
    title: (data) => `${money(data)} paid online by ${data.actor_name ?? "the client"}${Array.isArray(data.numbers) ? ` (${data.numbers.join(", ")})` : ""}`,
  },
]
