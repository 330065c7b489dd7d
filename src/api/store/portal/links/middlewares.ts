import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ExchangeSecureLink } from "./validators"

export const storePortalLinksMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/portal/links/exchange", middlewares: [validateAndTransformBody(ExchangeSecureLink)] },
]
