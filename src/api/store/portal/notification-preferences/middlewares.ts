import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import { StoreGetPreferences, StoreUpdatePreferences } from "./validators"

const BASE = "/store/portal/notification-preferences"

export const storePortalNotificationPreferencesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateQuery(StoreGetPreferences)] },
  { method: ["PUT"], matcher: BASE, middlewares: [validateBody(StoreUpdatePreferences)] },
]
