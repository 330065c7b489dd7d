import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { accountPriceList, priceListCsv } from "../../../../../lib/billing/price-list"
import { billingReader } from "../../../../../lib/billing/reader"
import type { StorePriceListDownloadType } from "../middlewares"

export { AUTHENTICATE } from "../../authenticate-client"

/** The client's price list as a dated CSV (up to 1,000 products). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StorePriceListDownloadType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { prices, date } = await accountPriceList(req.scope, reader.account_id, { q: req.validatedQuery.q, skip: 0, take: 1000 })
  const csv = priceListCsv(prices, new Date(date))
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="price-list-${date.slice(0, 10)}.csv"`)
  res.status(200).send(csv)
}
