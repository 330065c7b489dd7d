import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery, validateQuery } from "../../../utils/validate-request"
import {
  RENTAL_LIST_FIELDS,
  StoreCancelRental,
  StoreChangeRental,
  StoreListRentals,
  StoreRentalAvailability,
  StoreRentalCatalogue,
  StoreReserveRental,
} from "./validators"

const BASE = "/store/portal/rentals"

export const storePortalRentalsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(StoreListRentals, RENTAL_LIST_FIELDS)] },
  { method: ["POST"], matcher: BASE, middlewares: [validateBody(StoreReserveRental)] },
  { method: ["GET"], matcher: `${BASE}/catalogue`, middlewares: [validateListQuery(StoreRentalCatalogue, ["id", "title", "price", "units_free"])] },
  { method: ["GET"], matcher: `${BASE}/availability`, middlewares: [validateQuery(StoreRentalAvailability)] },
  { method: ["POST"], matcher: `${BASE}/:id/cancel`, middlewares: [validateBody(StoreCancelRental)] },
  { method: ["POST"], matcher: `${BASE}/:id/change`, middlewares: [validateBody(StoreChangeRental)] },
]
