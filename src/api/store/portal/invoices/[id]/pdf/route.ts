import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadInvoice, storedInvoicePdf } from "../../../../../../lib/billing/invoices"
import { billingReader, sendPdf } from "../../../../../../lib/billing/reader"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The invoice's PDF as it was issued (stored, never rendered again). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reader = await billingReader(req)
  const invoice = await loadInvoice(req.scope, req.params.id, reader, { pdfBase: "/store/portal/invoices", can_pay: false })
  sendPdf(res, await storedInvoicePdf(req.scope, invoice.pdf_file_id), `${invoice.number}.pdf`)
}
