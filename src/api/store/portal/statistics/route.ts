import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { billingReader } from "../../../../lib/billing/reader"
import { purchaseStatistics } from "../../../../lib/billing/statistics"
import type { StoreStatisticsType } from "./middlewares"

export { AUTHENTICATE } from "../authenticate-client"

const YEAR = 365 * 86_400_000

/** The account's purchases over a period (the last twelve months by default, at most five years). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreStatisticsType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const to = req.validatedQuery.to ?? new Date()
  const from = req.validatedQuery.from ?? new Date(to.getTime() - YEAR)
  if (from > to) throw new MedusaError(MedusaError.Types.INVALID_DATA, "from must be before to")
  if (to.getTime() - from.getTime() > 5 * YEAR) throw new MedusaError(MedusaError.Types.INVALID_DATA, "from and to must be at most five years apart")
  res.json({ statistics: await purchaseStatistics(req.scope, reader, { from, to }) })
}
