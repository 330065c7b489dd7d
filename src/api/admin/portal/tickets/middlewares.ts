import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { UPLOAD_BODY_LIMIT } from "../../../store/portal/tickets/middlewares"
import { TICKET_LIST_FIELDS } from "../../../store/portal/tickets/validators"
import { AdminAnnouncement, AdminListThreads, AdminListTickets, AdminReply, AdminSaveCategory, AdminUpdateCategory, AdminUpdateTicket } from "./validators"

/** Staff's support routes: tickets, categories, threads and announcements. */
export const adminPortalSupportMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/portal/tickets", middlewares: [validateListQuery(AdminListTickets, TICKET_LIST_FIELDS)] },
  { method: ["POST"], matcher: "/admin/portal/tickets/:id", middlewares: [validateBody(AdminUpdateTicket)] },
  { method: ["POST"], matcher: "/admin/portal/tickets/:id/messages", bodyParser: { sizeLimit: UPLOAD_BODY_LIMIT }, middlewares: [validateBody(AdminReply)] },
  { method: ["POST"], matcher: "/admin/portal/ticket-categories", middlewares: [validateBody(AdminSaveCategory)] },
  { method: ["POST"], matcher: "/admin/portal/ticket-categories/:id", middlewares: [validateBody(AdminUpdateCategory)] },
  { method: ["GET"], matcher: "/admin/portal/threads", middlewares: [validateListQuery(AdminListThreads, ["id"])] },
  { method: ["POST"], matcher: "/admin/portal/threads/:id/messages", bodyParser: { sizeLimit: UPLOAD_BODY_LIMIT }, middlewares: [validateBody(AdminReply)] },
  { method: ["POST"], matcher: "/admin/portal/accounts/:id/announcements", bodyParser: { sizeLimit: UPLOAD_BODY_LIMIT }, middlewares: [validateBody(AdminAnnouncement)] },
]
