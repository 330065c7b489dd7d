import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateListQuery } from "../../../utils/validate-request"
import { DOCUMENT_LIST_FIELDS, StoreListDocuments } from "./validators"

export const storePortalDocumentsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/portal/documents", middlewares: [validateListQuery(StoreListDocuments, DOCUMENT_LIST_FIELDS)] },
]
