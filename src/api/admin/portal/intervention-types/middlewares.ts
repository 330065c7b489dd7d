import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { AdminCreateInterventionType, AdminListInterventionTypes, AdminUpdateInterventionType } from "./validators"

const BASE = "/admin/portal/intervention-types"

export const adminPortalInterventionTypesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(AdminListInterventionTypes, ["id", "name", "created_at"])] },
  { method: ["POST"], matcher: BASE, middlewares: [validateBody(AdminCreateInterventionType)] },
  { method: ["POST"], matcher: `${BASE}/:id`, middlewares: [validateBody(AdminUpdateInterventionType)] },
]
