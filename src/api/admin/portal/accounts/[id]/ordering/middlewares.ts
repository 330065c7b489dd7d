import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../../../utils/validate-request"
import { AdminSaveAccountOrdering } from "./validators"

export const adminAccountOrderingMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/portal/accounts/:id/ordering", middlewares: [validateBody(AdminSaveAccountOrdering)] },
]
