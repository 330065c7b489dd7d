import type { Translator } from "../../email/i18n"
import type { PortalAlertDeclaration, PortalEventData } from "../types"
import { between, by, detail, money } from "../wording"

const whoAndAmount = (data: PortalEventData, t: Translator) => ({ by: by(data, t), amount: between(t, money(data, t)) })

/** Orders clients place from the portal's order pad, and their approvals; the account's salesperson is alerted. */
export const salesAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.order.placed",
    resource_type: "order",
    adminPath: (data) => `/orders/${data.id}`,
    title: (data, t) => t("alert.orderPlaced", { number: typeof data.display_id === "number" ? data.display_id : data.id, ...whoAndAmount(data, t) }),
  },
  {
    event: "portal.order.payment_failed",
    resource_type: "order",
    adminPath: (data) => `/orders/${data.id}`,
    title: (data, t) => t("alert.orderPaymentFailed", { number: typeof data.display_id === "number" ? data.display_id : data.id, reason: detail(t, data.reason) }),
  },
  {
    event: "portal.order.approval_requested",
    resource_type: "order_approval",
    adminPath: (data) => `/client-portal/accounts/${data.account_id}`,
    title: (data, t) => t("alert.orderApprovalRequested", whoAndAmount(data, t)),
  },
  {
    event: "portal.order.approved",
    resource_type: "order_approval",
    adminPath: (data) => (typeof data.order_id === "string" ? `/orders/${data.order_id}` : `/client-portal/accounts/${data.account_id}`),
    title: (data, t) => t("alert.orderApproved", whoAndAmount(data, t)),
  },
  {
    event: "portal.order.declined",
    resource_type: "order_approval",
    adminPath: (data) => `/client-portal/accounts/${data.account_id}`,
    title: (data, t) => t("alert.orderDeclined", { ...whoAndAmount(data, t), reason: detail(t, data.reason) }),
  },
]
