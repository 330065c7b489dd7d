import type { MiddlewareRoute } from "@medusajs/framework/http"
import { INTERVENTION_LIST_FIELDS } from "../../../../lib/field-service/interventions"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { AdminAddInterventionPhoto, AdminCancelIntervention, AdminCompleteIntervention, AdminListInterventions, AdminScheduleIntervention, AdminSendInterventionLink } from "./validators"

const BASE = "/admin/portal/interventions"

export const adminPortalInterventionsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(AdminListInterventions, INTERVENTION_LIST_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/:id/schedule`, middlewares: [validateBody(AdminScheduleIntervention)] },
  { method: ["POST"], matcher: `${BASE}/:id/cancel`, middlewares: [validateBody(AdminCancelIntervention)] },
  { method: ["POST"], matcher: `${BASE}/:id/report`, middlewares: [validateBody(AdminCompleteIntervention)] },
  { method: ["POST"], matcher: `${BASE}/:id/secure-link`, middlewares: [validateBody(AdminSendInterventionLink)] },
  // A 10 MB photo in base64, with room for the JSON around it; a larger body answers 413.
  { method: ["POST"], matcher: `${BASE}/:id/photos`, bodyParser: { sizeLimit: "15mb" }, middlewares: [validateBody(AdminAddInterventionPhoto)] },
]
