import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accountPriceList } from "../../../../lib/billing/price-list"
import { billingReader } from "../../../../lib/billing/reader"
import type { StorePriceListType } from "./middlewares"

export { AUTHENTICATE } from "../authenticate-client"

/** The client's current prices (Medusa's, with its price lists) beside the general ones, dated. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StorePriceListType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const { prices, count, date } = await accountPriceList(req.scope, reader.account_id, { q: req.validatedQuery.q, skip, take })
  res.json({ prices, date, count, offset: skip, limit: take })
}
