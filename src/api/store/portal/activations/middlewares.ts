import { validateAndTransformBody, type MiddlewareRoute } from "@medusajs/framework/http"
import { ExchangeActivation } from "./validators"

export const storePortalActivationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/portal/activations/exchange",
    middlewares: [validateAndTransformBody(ExchangeActivation)],
  },
]
