import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate-request"
import { AdminUpdateFieldServiceSettings } from "./validators"

export const adminPortalInterventionSettingsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/portal/intervention-settings", middlewares: [validateBody(AdminUpdateFieldServiceSettings)] },
]
