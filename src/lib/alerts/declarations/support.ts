import type { Translator } from "../../email/i18n"
import type { PortalAlertDeclaration, PortalEventData } from "../types"
import { by, detail, numberOf } from "../wording"

const named = (data: PortalEventData, t: Translator) => ({ ticket: t("alert.ticket", { number: numberOf(data) }), by: by(data, t) })

/** What clients do in support; a ticket's assignee (`staff_user_id`, set by the routing rules) is alerted. */
export const supportAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.ticket.opened",
    resource_type: "ticket",
    adminPath: (data) => `/client-portal/tickets/${data.id}`,
    title: (data, t) => t("alert.ticketOpened", { ...named(data, t), subject: detail(t, data.subject) }),
  },
  {
    event: "portal.ticket.message_created",
    resource_type: "ticket",
    adminPath: (data) => `/client-portal/tickets/${data.id}`,
    title: (data, t) => t("alert.ticketMessage", named(data, t)),
  },
  {
    event: "portal.ticket.reopened",
    resource_type: "ticket",
    adminPath: (data) => `/client-portal/tickets/${data.id}`,
    title: (data, t) => t("alert.ticketReopened", named(data, t)),
  },
  {
    event: "portal.message.created",
    resource_type: "message",
    adminPath: (data) => `/client-portal/messages/${data.id}`,
    title: (data, t) => t("alert.messageFrom", { by: by(data, t), subject: detail(t, data.subject) }),
  },
  {
    event: "portal.change_request.created",
    resource_type: "change_request",
    adminPath: (data) => `/client-portal/change-requests/${data.id}`,
    title: (data, t) =>
      data.field_count === 1
        ? t("alert.changeRequestOneField", { by: by(data, t) })
        : t("alert.changeRequest", { by: by(data, t), count: typeof data.field_count === "number" ? data.field_count : t("alert.some") }),
  },
]
