import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { UPLOAD_BODY_LIMIT } from "../tickets/middlewares"
import { INBOX_FIELDS, StoreContact, StoreListInbox, StoreMarkRead, StoreThreadReply } from "./validators"

const BASE = "/store/portal/messages"

export const storePortalMessagesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(StoreListInbox, INBOX_FIELDS)] },
  { method: ["POST"], matcher: BASE, bodyParser: { sizeLimit: UPLOAD_BODY_LIMIT }, middlewares: [validateBody(StoreContact)] },
  { method: ["POST"], matcher: `${BASE}/:id/replies`, bodyParser: { sizeLimit: UPLOAD_BODY_LIMIT }, middlewares: [validateBody(StoreThreadReply)] },
  { method: ["POST"], matcher: `${BASE}/:id/read`, middlewares: [validateBody(StoreMarkRead)] },
]
