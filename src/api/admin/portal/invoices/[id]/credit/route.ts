import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadInvoice } from "../../../../../../lib/billing/invoices"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { issueInvoiceWorkflow } from "../../../../../../workflows/billing/issue-invoice"
import type { AdminCreditInvoiceType } from "../../validators"

/** Issues a credit note against the invoice: the amount given, or all that is left to pay. Answers the credit note. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreditInvoiceType>, res: MedusaResponse) {
  await loadInvoice(req.scope, req.params.id, null, { pdfBase: "/admin/portal/invoices", can_pay: false })
  const run = await answerConflict(res, () =>
    issueInvoiceWorkflow(req.scope).run({
      input: { source: { type: "credit", invoice_id: req.params.id, amount: req.validatedBody.amount, reason: req.validatedBody.reason }, lock_owner: randomUUID() },
    })
  )
  if (!run) return
  const invoice = await loadInvoice(req.scope, run.result.id, null, { pdfBase: "/admin/portal/invoices", can_pay: false })
  res.status(201).json({ invoice })
}
