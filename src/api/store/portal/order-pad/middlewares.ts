import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery, validateQuery } from "../../../utils/validate-request"
import { StoreApproveOrder, StoreDeclineOrder, StoreListOrderApprovals, StoreRequestOrderApproval, ORDER_APPROVAL_FIELDS } from "../order-approvals/validators"
import { guardCartCompletion } from "./guard-cart-completion"
import {
  ORDER_PAD_FAVOURITE_FIELDS,
  ORDER_PAD_PRODUCT_FIELDS,
  StoreCreateOrderPadCart,
  StoreListOrderPadFavourites,
  StoreListOrderPadProducts,
  StoreMarkOrderPadFavourite,
  StoreOrderPadTerms,
} from "./validators"

const PAD = "/store/portal/order-pad"
const APPROVALS = "/store/portal/order-approvals"

/** The order pad, its approvals, and the guard on Medusa's own cart completion. */
export const storeOrderPadMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: PAD, middlewares: [validateQuery(StoreOrderPadTerms)] },
  { method: ["GET"], matcher: `${PAD}/products`, middlewares: [validateListQuery(StoreListOrderPadProducts, ORDER_PAD_PRODUCT_FIELDS)] },
  { method: ["POST"], matcher: `${PAD}/carts`, middlewares: [validateBody(StoreCreateOrderPadCart)] },
  { method: ["GET"], matcher: `${PAD}/favourites`, middlewares: [validateListQuery(StoreListOrderPadFavourites, ORDER_PAD_FAVOURITE_FIELDS)] },
  { method: ["POST"], matcher: `${PAD}/favourites`, middlewares: [validateBody(StoreMarkOrderPadFavourite)] },
  { method: ["GET"], matcher: APPROVALS, middlewares: [validateListQuery(StoreListOrderApprovals, ORDER_APPROVAL_FIELDS)] },
  { method: ["POST"], matcher: APPROVALS, middlewares: [validateBody(StoreRequestOrderApproval)] },
  { method: ["POST"], matcher: `${APPROVALS}/:id/approve`, middlewares: [validateBody(StoreApproveOrder)] },
  { method: ["POST"], matcher: `${APPROVALS}/:id/decline`, middlewares: [validateBody(StoreDeclineOrder)] },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }), guardCartCompletion],
  },
]
