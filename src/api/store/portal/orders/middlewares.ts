import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { ORDER_LIST_FIELDS, StoreListOrders, StoreReorder } from "./validators"

const BASE = "/store/portal/orders"

export const storePortalOrdersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(StoreListOrders, ORDER_LIST_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/:id/reorder`, middlewares: [validateBody(StoreReorder)] },
]
