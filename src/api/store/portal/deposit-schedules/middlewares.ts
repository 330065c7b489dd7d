import type { MiddlewareRoute } from "@medusajs/framework/http"
import type { z } from "@medusajs/framework/zod"
import { listQuery } from "../../../utils/list-query"
import { validateListQuery } from "../../../utils/validate-request"

export const ListDepositSchedules = listQuery({ defaultLimit: 20 })
export type ListDepositSchedulesType = z.infer<typeof ListDepositSchedules>
export const DEPOSIT_SCHEDULE_FIELDS = ["id", "title", "start_date", "status"]

export const storePortalDepositSchedulesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/portal/deposit-schedules", middlewares: [validateListQuery(ListDepositSchedules, DEPOSIT_SCHEDULE_FIELDS)] },
]
