import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate-request"
import { ExchangeViewAsCode } from "./validators"

export const storePortalViewAsMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/store/portal/view-as/exchange", middlewares: [validateBody(ExchangeViewAsCode)] },
]
