import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { billingReader } from "../../../../lib/billing/reader"
import { purchaseStatistics } from "../../../../lib/billing/statistics"
import type { StoreStatisticsType } from "./middlewares"

export { AUTHENTICATE } from "../authenticate-client"

const DAY = 86_400_000
const YEAR = 365 * DAY

/** The account's purchases over a period (the last twelve months by default, at most five years). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreStatisticsType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  // A day without a time (the portal's date picker) ends at that day's end: today's orders count.
  const dayOnly = typeof req.query.to === "string" && /^\d{4}-\d{2}-\d{2}$/.test(req.query.to)
  const to = req.validatedQuery.to ? new Date(req.validatedQuery.to.getTime() + (dayOnly ? DAY - 1 : 0)) : new Date()
  const from = req.validatedQuery.from ?? new Date(to.getTime() - YEAR)
  if (from > to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "from must be before to")
  if (to.getTime() - from.getTime() > 5 * YEAR) throw new MedusaError(MedusaError.Types.INVALID_DATA, "from and to must be at most five years apart")
  res.json({ statistics: await purchaseStatistics(req.scope, reader, { from, to }) })
}
