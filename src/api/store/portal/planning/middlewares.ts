import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate-request"
import { StorePlanningQuery } from "./validators"

export const storePortalPlanningMiddlewares: MiddlewareRoute[] = [{ method: ["GET"], matcher: "/store/portal/planning", middlewares: [validateQuery(StorePlanningQuery)] }]
