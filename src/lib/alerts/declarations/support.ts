import type { PortalAlertDeclaration, PortalEventData } from "../types"

const ticketName = (data: PortalEventData) => `Ticket ${typeof data.number === "string" ? data.number : data.id}`
const by = (data: PortalEventData) => data.actor_name ?? "the client"
const subject = (data: PortalEventData) => (typeof data.subject === "string" ? `: ${data.subject.slice(0, 80)}` : "")

/** What clients do in support; a ticket's assignee (`staff_user_id`, set by the routing rules) is alerted. */
export const supportAlerts: PortalAlertDeclaration[] = [
  {
    event: "portal.ticket.opened",
    resource_type: "ticket",
    adminPath: (data) => `/client-portal/tickets/${data.id}`,
    title: (data) => `${ticketName(data)} opened by ${by(data)}${subject(data)}`,
  },
  {
    event: "portal.ticket.message_created",
    resource_type: "ticket",
    adminPath: (data) => `/client-portal/tickets/${data.id}`,
    title: (data) => `New message on ${ticketName(data)} from ${by(data)}`,
  },
  {
    event: "portal.ticket.reopened",
    resource_type: "ticket",
    adminPath: (data) => `/client-portal/tickets/${data.id}`,
    title: (data) => `${ticketName(data)} reopened by ${by(data)}`,
  },
  {
    event: "portal.message.created",
    resource_type: "message",
    adminPath: (data) => `/client-portal/messages/${data.id}`,
    title: (data) => `Message from ${by(data)}${subject(data)}`,
  },
  {
    event: "portal.change_request.created",
    resource_type: "change_request",
    adminPath: (data) => `/client-portal/change-requests/${data.id}`,
    title: (data) => `Change request from ${by(data)} (${typeof data.field_count === "number" ? data.field_count : "some"} fields)`,
  },
]
