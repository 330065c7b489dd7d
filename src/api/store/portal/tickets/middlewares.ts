import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { StoreCloseTicket, StoreListTickets, StoreMarkTicketRead, StoreOpenTicket, StoreReopenTicket, StoreReply, TICKET_LIST_FIELDS } from "./validators"

const BASE = "/store/portal/tickets"
/** Up to five attachments of the largest size the settings may allow, in base64. */
export const UPLOAD_BODY_LIMIT = "80mb"

export const storePortalTicketsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(StoreListTickets, TICKET_LIST_FIELDS)] },
  { method: ["POST"], matcher: BASE, bodyParser: { sizeLimit: UPLOAD_BODY_LIMIT }, middlewares: [validateBody(StoreOpenTicket)] },
  { method: ["POST"], matcher: `${BASE}/:id/messages`, bodyParser: { sizeLimit: UPLOAD_BODY_LIMIT }, middlewares: [validateBody(StoreReply)] },
  { method: ["POST"], matcher: `${BASE}/:id/close`, middlewares: [validateBody(StoreCloseTicket)] },
  { method: ["POST"], matcher: `${BASE}/:id/reopen`, middlewares: [validateBody(StoreReopenTicket)] },
  { method: ["POST"], matcher: `${BASE}/:id/read`, middlewares: [validateBody(StoreMarkTicketRead)] },
]
