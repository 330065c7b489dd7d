import type { MiddlewareRoute } from "@medusajs/framework/http"
import { DEPOSIT_SCHEDULE_FIELDS } from "../../../store/portal/deposit-schedules/middlewares"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { AdminCreateDepositSchedule, AdminIssueNextDeposit, AdminListDepositSchedules } from "./validators"

const BASE = "/admin/portal/deposit-schedules"

export const adminPortalDepositSchedulesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [validateListQuery(AdminListDepositSchedules, DEPOSIT_SCHEDULE_FIELDS)] },
  { method: ["POST"], matcher: BASE, middlewares: [validateBody(AdminCreateDepositSchedule)] },
  { method: ["POST"], matcher: `${BASE}/:id/issue-next`, middlewares: [validateBody(AdminIssueNextDeposit)] },
]
