import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminSendTestEmail } from "./validators"

export const adminPortalMailMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/portal/mail/test-email",
    middlewares: [validateAndTransformBody(AdminSendTestEmail)],
  },
]
