import type { MiddlewareRoute } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { dateField } from "../../../utils/input-fields"
import { validateQuery } from "../../../utils/validate-request"

export const StoreStatistics = z.object({ from: dateField("from").optional(), to: dateField("to").optional() }).strict()
export type StoreStatisticsType = z.infer<typeof StoreStatistics>

export const storePortalStatisticsMiddlewares: MiddlewareRoute[] = [{ method: ["GET"], matcher: "/store/portal/statistics", middlewares: [validateQuery(StoreStatistics)] }]
