import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { documentClient, loadAccountOrder } from "../../../../../../lib/billing/orders"
import { renderOrderPdf } from "../../../../../../lib/billing/pdf"
import { billingReader, sendPdf } from "../../../../../../lib/billing/reader"
import { loadDocumentBrand } from "../../../../../../lib/documents/pdf-document"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The order form of one of the account's orders. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { order } = await loadAccountOrder(req.scope, reader, req.params.id, "/store/portal/orders")
  const pdf = await renderOrderPdf(await loadDocumentBrand(req.scope), await documentClient(req.scope, reader.account_id), order)
  sendPdf(res, pdf, `order-${order.display_id}.pdf`)
}
