import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { StoreCreateChangeRequest, StoreListChangeRequests } from "./validators"

export const storePortalChangeRequestsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/portal/change-requests", middlewares: [validateListQuery(StoreListChangeRequests, ["id"])] },
  { method: ["POST"], matcher: "/store/portal/change-requests", middlewares: [validateBody(StoreCreateChangeRequest)] },
]
