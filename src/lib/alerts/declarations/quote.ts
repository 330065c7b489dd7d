import type { Translator } from "../../email/i18n"
import type { PortalAlertDeclaration, PortalEventData } from "../types"
import { between, by, detail, money, numberOf } from "../wording"

const named = (data: PortalEventData, t: Translator) => ({ quote: t("alert.quote", { number: numberOf(data) }), by: by(data, t) })

/** What clients do with quotes; the salesperson (`staff_user_id`) is alerted. `portal.quote.sent` is staff's own action. */
export const quoteAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.quote.viewed",
    resource_type: "quote",
    adminPath: (data) => `/client-portal/quotes/${data.id}`,
    title: (data, t) => t("alert.quoteViewed", named(data, t)),
  },
  {
    event: "portal.quote.accepted",
    resource_type: "quote",
    adminPath: (data) => `/client-portal/quotes/${data.id}`,
    title: (data, t) => t("alert.quoteAccepted", { ...named(data, t), amount: between(t, money(data, t)) }),
  },
  {
    event: "portal.quote.rejected",
    resource_type: "quote",
    adminPath: (data) => `/client-portal/quotes/${data.id}`,
    title: (data, t) => t("alert.quoteRejected", { ...named(data, t), reason: detail(t, data.reason) }),
  },
  {
    event: "portal.quote.message_created",
    resource_type: "quote",
    adminPath: (data) => `/client-portal/quotes/${data.id}`,
    title: (data, t) => t("alert.quoteMessage", named(data, t)),
  },
]
