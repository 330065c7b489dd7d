import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate-request"
import { AdminUpdatePortalSettings } from "./validators"

export const adminPortalSettingsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/portal/settings", middlewares: [validateBody(AdminUpdatePortalSettings)] },
]
