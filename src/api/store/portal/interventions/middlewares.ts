import type { MiddlewareRoute } from "@medusajs/framework/http"
import { INTERVENTION_LIST_FIELDS } from "../../../../lib/field-service/interventions"
import { validateBody, validateListQuery, validateQuery } from "../../../utils/validate-request"
import {
  StoreAnswerSurvey,
  StoreBookSlot,
  StoreCancelIntervention,
  StoreListInterventions,
  StoreListInterventionTypes,
  StoreListSlots,
  StoreRequestIntervention,
  StoreRunPortalAction,
} from "./validators"

const BASE = "/store/portal/interventions"

export const storePortalInterventionsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(StoreListInterventions, INTERVENTION_LIST_FIELDS)] },
  { method: ["POST"], matcher: BASE, middlewares: [validateBody(StoreRequestIntervention)] },
  { method: ["GET"], matcher: `${BASE}/:id/slots`, middlewares: [validateQuery(StoreListSlots)] },
  { method: ["POST"], matcher: `${BASE}/:id/book`, middlewares: [validateBody(StoreBookSlot)] },
  { method: ["POST"], matcher: `${BASE}/:id/reschedule`, middlewares: [validateBody(StoreBookSlot)] },
  { method: ["POST"], matcher: `${BASE}/:id/cancel`, middlewares: [validateBody(StoreCancelIntervention)] },
  { method: ["POST"], matcher: `${BASE}/:id/survey`, middlewares: [validateBody(StoreAnswerSurvey)] },
  { method: ["POST"], matcher: `${BASE}/:id/actions/:actionId`, middlewares: [validateBody(StoreRunPortalAction)] },
  { method: ["GET"], matcher: "/store/portal/intervention-types", middlewares: [validateQuery(StoreListInterventionTypes)] },
]
