import type { MiddlewareRoute } from "@medusajs/framework/http"
import { ALERT_FIELDS } from "../../../../lib/alerts/presentation"
import { validateListQuery } from "../../../utils/validate-request"
import { AdminListAlerts } from "./validators"

export const adminPortalAlertsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/portal/alerts", middlewares: [validateListQuery(AdminListAlerts, ALERT_FIELDS)] },
]
