import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminUpdatePortalSettings } from "./validators"

export const adminPortalSettingsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/portal/settings", middlewares: [validateAndTransformBody(AdminUpdatePortalSettings)] },
]
