import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate-request"
import { ExchangeSecureLink } from "./validators"

export const storePortalLinksMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/portal/links/exchange", middlewares: [validateBody(ExchangeSecureLink)] },
]
