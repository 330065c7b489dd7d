import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { AdminCreateAbsence, AdminCreateTechnician, AdminListTechnicians, AdminUpdateTechnician } from "./validators"

const BASE = "/admin/portal/technicians"

export const adminPortalTechniciansMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(AdminListTechnicians, ["id", "name", "created_at"])] },
  { method: ["POST"], matcher: BASE, middlewares: [validateBody(AdminCreateTechnician)] },
  { method: ["POST"], matcher: `${BASE}/:id`, middlewares: [validateBody(AdminUpdateTechnician)] },
  { method: ["POST"], matcher: `${BASE}/:id/absences`, middlewares: [validateBody(AdminCreateAbsence)] },
]
