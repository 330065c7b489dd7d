import type { PortalAlertDeclaration } from "../types"
import { between, by, money } from "../wording"

/** What clients do with their invoices: staff see online payments as they come. */
export const billingAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.invoice.paid",
    resource_type: "invoice",
    adminPath: (data) => `/client-portal/invoices/${data.id}`,
    title: (data, t) =>
      t("alert.invoicePaid", { amount: money(data, t) ?? t("alert.aPayment"), by: by(data, t), numbers: between(t, Array.isArray(data.numbers) ? data.numbers.join(", ") : null) }),
  },
]
