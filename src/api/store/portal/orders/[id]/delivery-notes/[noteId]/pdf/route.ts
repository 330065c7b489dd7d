import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { documentClient, loadAccountOrder } from "../../../../../../../../lib/billing/orders"
import { renderDeliveryNotePdf } from "../../../../../../../../lib/billing/pdf"
import { billingReader, sendPdf } from "../../../../../../../../lib/billing/reader"
import { loadDocumentBrand } from "../../../../../../../../lib/documents/pdf-document"

export { AUTHENTICATE } from "../../../../../authenticate-client"

/** The delivery note of one fulfilment of the account's order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { order } = await loadAccountOrder(req.scope, reader, req.params.id, "/store/portal/orders")
  const index = order.delivery_notes.findIndex((n) => n.id === req.params.noteId)
  if (index < 0) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Delivery note ${req.params.noteId} was not found`)
  const pdf = await renderDeliveryNotePdf(await loadDocumentBrand(req.scope), await documentClient(req.scope, reader.account_id), order, order.delivery_notes[index], index)
  sendPdf(res, pdf, `delivery-note-${order.display_id}-${index + 1}.pdf`)
}
