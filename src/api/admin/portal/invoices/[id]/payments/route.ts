import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadInvoice } from "../../../../../../lib/billing/invoices"
import { recordInvoicePaymentsWorkflow } from "../../../../../../workflows/billing/record-invoice-payments"
import type { AdminRecordPaymentType } from "../../validators"

/** Staff record money received on the invoice (mark paid: the whole amount due; or part of it). */
export async function POST(req: AuthenticatedMedusaRequest<AdminRecordPaymentType>, res: MedusaResponse) {
  const before = await loadInvoice(req.scope, req.params.id, null, { pdfBase: "/admin/portal/invoices", can_pay: false })
  const body = req.validatedBody
  await recordInvoicePaymentsWorkflow(req.scope).run({
    input: {
      account_id: before.account_id,
      payments: [{ invoice_id: before.id, amount: body.amount, paid_at: body.paid_at, method: body.method, reference: body.reference ?? null, recorded_by: req.auth_context.actor_id }],
    },
  })
  const invoice = await loadInvoice(req.scope, req.params.id, null, { pdfBase: "/admin/portal/invoices", can_pay: false })
  res.json({ invoice })
}
