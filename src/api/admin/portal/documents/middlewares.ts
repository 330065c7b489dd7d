import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { DOCUMENT_LIST_FIELDS } from "../../../store/portal/documents/validators"
import { UPLOAD_BODY_LIMIT } from "../../../store/portal/tickets/middlewares"
import { AdminDocumentVersion, AdminListDocuments, AdminPublishDocument, AdminUpdateDocument } from "./validators"

/** Staff's documents library: publish, correct, new versions, withdraw. */
export const adminPortalDocumentsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/portal/documents", middlewares: [validateListQuery(AdminListDocuments, DOCUMENT_LIST_FIELDS)] },
  { method: ["POST"], matcher: "/admin/portal/documents", bodyParser: { sizeLimit: UPLOAD_BODY_LIMIT }, middlewares: [validateBody(AdminPublishDocument)] },
  { method: ["POST"], matcher: "/admin/portal/documents/:id", middlewares: [validateBody(AdminUpdateDocument)] },
  { method: ["POST"], matcher: "/admin/portal/documents/:id/versions", bodyParser: { sizeLimit: UPLOAD_BODY_LIMIT }, middlewares: [validateBody(AdminDocumentVersion)] },
]
