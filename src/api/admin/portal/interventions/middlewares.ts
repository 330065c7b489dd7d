import type { MiddlewareRoute } from "@medusajs/framework/http"
import { INTERVENTION_LIST_FIELDS } from "../../../../lib/field-service/interventions"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { AdminCancelIntervention, AdminCompleteIntervention, AdminListInterventions, AdminScheduleIntervention, AdminSendInterventionLink } from "./validators"

const BASE = "/admin/portal/interventions"

export const adminPortalInterventionsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(AdminListInterventions, INTERVENTION_LIST_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/:id/schedule`, middlewares: [validateBody(AdminScheduleIntervention)] },
  { method: ["POST"], matcher: `${BASE}/:id/cancel`, middlewares: [validateBody(AdminCancelIntervention)] },
  { method: ["POST"], matcher: `${BASE}/:id/report`, middlewares: [validateBody(AdminCompleteIntervention)] },
  { method: ["POST"], matcher: `${BASE}/:id/secure-link`, middlewares: [validateBody(AdminSendInterventionLink)] },
]
