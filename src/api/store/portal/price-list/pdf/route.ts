import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { documentClient } from "../../../../../lib/billing/orders"
import { renderPriceListPdf } from "../../../../../lib/billing/pdf"
import { accountPriceList } from "../../../../../lib/billing/price-list"
import { billingReader, sendPdf } from "../../../../../lib/billing/reader"
import { loadDocumentBrand } from "../../../../../lib/documents/pdf-document"
import type { StorePriceListDownloadType } from "../middlewares"

export { AUTHENTICATE } from "../../authenticate-client"

/** The client's price list as a dated PDF (up to 1,000 products). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StorePriceListDownloadType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { prices, date } = await accountPriceList(req.scope, reader.account_id, { q: req.validatedQuery.q, skip: 0, take: 1000 })
  const pdf = await renderPriceListPdf(await loadDocumentBrand(req.scope), await documentClient(req.scope, reader.account_id), prices, new Date(date))
  sendPdf(res, pdf, `price-list-${date.slice(0, 10)}.pdf`)
}
