import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { NOTIFICATION_FIELDS, StoreListNotifications, StoreMarkNotificationRead } from "./validators"

const BASE = "/store/portal/notifications"

export const storePortalNotificationsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(StoreListNotifications, NOTIFICATION_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/read`, middlewares: [validateBody(StoreMarkNotificationRead)] },
  { method: ["POST"], matcher: `${BASE}/:id/read`, middlewares: [validateBody(StoreMarkNotificationRead)] },
]
