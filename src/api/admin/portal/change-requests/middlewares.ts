import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { AdminDecideChangeRequest, AdminListChangeRequests } from "./validators"

export const adminPortalChangeRequestsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/portal/change-requests", middlewares: [validateListQuery(AdminListChangeRequests, ["id"])] },
  { method: ["POST"], matcher: "/admin/portal/change-requests/:id/decide", middlewares: [validateBody(AdminDecideChangeRequest)] },
]
