import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadInvoice, storedInvoicePdf } from "../../../../../../lib/billing/invoices"
import { sendPdf } from "../../../../../../lib/billing/reader"

/** The invoice's PDF as it was issued. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const invoice = await loadInvoice(req.scope, req.params.id, null, { pdfBase: "/admin/portal/invoices", can_pay: false })
  sendPdf(res, await storedInvoicePdf(req.scope, invoice.pdf_file_id), `${invoice.number}.pdf`)
}
