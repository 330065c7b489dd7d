import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listDepositSchedules } from "../../../../lib/billing/deposit-schedules"
import { billingReader } from "../../../../lib/billing/reader"
import type { ListDepositSchedulesType } from "./middlewares"

export { AUTHENTICATE } from "../authenticate-client"

/** The account's deposit schedules within the caller's sites, each with its deposit and settlement invoices. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListDepositSchedulesType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const { deposit_schedules, count } = await listDepositSchedules(req.scope, { account_id: reader.account_id, site_ids: reader.site_ids }, { skip, take })
  res.json({ deposit_schedules, count, offset: skip, limit: take })
}
