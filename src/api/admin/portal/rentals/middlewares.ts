import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery, validateQuery } from "../../../utils/validate-request"
import { RENTAL_LIST_FIELDS } from "../../../store/portal/rentals/validators"
import {
  AdminCalendar,
  AdminConfirmRental,
  AdminCreateBlock,
  AdminCreateRentalModel,
  AdminCreateRentalUnit,
  AdminExitRental,
  AdminListModels,
  AdminListRentals,
  AdminListUnits,
  AdminRejectRental,
  AdminReturnRental,
  AdminUpdateRentalModel,
  AdminUpdateRentalUnit,
} from "./validators"

const BASE = "/admin/portal/rentals"

export const adminPortalRentalsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(AdminListRentals, RENTAL_LIST_FIELDS)] },
  { method: ["GET"], matcher: `${BASE}/models`, middlewares: [validateListQuery(AdminListModels, ["id", "title", "variant_id", "buffer_hours", "active"])] },
  { method: ["POST"], matcher: `${BASE}/models`, middlewares: [validateBody(AdminCreateRentalModel)] },
  { method: ["POST"], matcher: `${BASE}/models/:id`, middlewares: [validateBody(AdminUpdateRentalModel)] },
  { method: ["GET"], matcher: `${BASE}/units`, middlewares: [validateListQuery(AdminListUnits, ["id", "equipment_id", "active"])] },
  { method: ["POST"], matcher: `${BASE}/units`, middlewares: [validateBody(AdminCreateRentalUnit)] },
  { method: ["POST"], matcher: `${BASE}/units/:id`, middlewares: [validateBody(AdminUpdateRentalUnit)] },
  { method: ["POST"], matcher: `${BASE}/units/:id/blocks`, middlewares: [validateBody(AdminCreateBlock)] },
  { method: ["GET"], matcher: `${BASE}/calendar`, middlewares: [validateQuery(AdminCalendar)] },
  { method: ["POST"], matcher: `${BASE}/:id/confirm`, middlewares: [validateBody(AdminConfirmRental)] },
  { method: ["POST"], matcher: `${BASE}/:id/reject`, middlewares: [validateBody(AdminRejectRental)] },
  // Slip photos travel base64 inside the JSON body.
  { method: ["POST"], matcher: `${BASE}/:id/exit`, bodyParser: { sizeLimit: "40mb" }, middlewares: [validateBody(AdminExitRental)] },
  { method: ["POST"], matcher: `${BASE}/:id/return`, bodyParser: { sizeLimit: "40mb" }, middlewares: [validateBody(AdminReturnRental)] },
]
