import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../../../utils/validate-request"
import { ExchangeActivation } from "./validators"

export const storePortalActivationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/portal/activations/exchange",
    middlewares: [validateBody(ExchangeActivation)],
  },
]
