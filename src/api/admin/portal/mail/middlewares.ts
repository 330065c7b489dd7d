import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate-request"
import { AdminSendTestEmail } from "./validators"

export const adminPortalMailMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/portal/mail/test-email",
    middlewares: [validateBody(AdminSendTestEmail)],
  },
]
