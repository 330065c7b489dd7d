import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ExchangeViewAsCode } from "./validators"

export const storePortalViewAsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/portal/view-as/exchange", middlewares: [validateAndTransformBody(ExchangeViewAsCode)] },
]
