import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { ALERT_FIELDS } from "../../../../lib/alerts/presentation"
import { AdminListAlerts } from "./validators"

export const adminPortalAlertsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/portal/alerts",
    middlewares: [
      validateAndTransformQuery(AdminListAlerts, { defaults: ALERT_FIELDS, allowed: ALERT_FIELDS, isList: true, defaultLimit: 20 }),
    ],
  },
]
