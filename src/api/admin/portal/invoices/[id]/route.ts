import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadInvoice } from "../../../../../lib/billing/invoices"

/** One invoice with its lines as issued, payments, credit notes and deposits deducted. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const invoice = await loadInvoice(req.scope, req.params.id, null, { pdfBase: "/admin/portal/invoices", can_pay: false })
  res.json({ invoice })
}
