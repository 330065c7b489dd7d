import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listDepositSchedules } from "../../../../lib/billing/deposit-schedules"
import { createDepositScheduleWorkflow } from "../../../../workflows/billing/create-deposit-schedule"
import type { AdminCreateDepositScheduleType, AdminListDepositSchedulesType } from "./validators"

/** Every deposit schedule (or an account's), newest first, with the invoices issued on each. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListDepositSchedulesType>, res: MedusaResponse) {
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const { deposit_schedules, count } = await listDepositSchedules(req.scope, { account_id: req.validatedQuery.account_id }, { skip, take })
  res.json({ deposit_schedules, count, offset: skip, limit: take })
}

/** Creates a schedule; its deposits are then issued one by one (issue-next). */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateDepositScheduleType>, res: MedusaResponse) {
  const { result } = await createDepositScheduleWorkflow(req.scope).run({ input: req.validatedBody })
  const { deposit_schedules } = await listDepositSchedules(req.scope, { id: result.id }, { skip: 0, take: 1 })
  res.status(201).json({ deposit_schedule: deposit_schedules[0] })
}
