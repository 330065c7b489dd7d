import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadInvoice } from "../../../../../lib/billing/invoices"
import { billingReader } from "../../../../../lib/billing/reader"

export { AUTHENTICATE } from "../../authenticate-client"

/** One of the account's invoices: lines as issued, payments, credit notes, deposits deducted. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reader = await billingReader(req)
  const canPay = reader.actor.is_payer && !reader.actor.read_only
  const { pdf_file_id: _file, billing_details: _details, reason: _reason, ...invoice } = await loadInvoice(req.scope, req.params.id, reader, {
    pdfBase: "/store/portal/invoices",
    can_pay: canPay,
  })
  res.json({ invoice })
}
