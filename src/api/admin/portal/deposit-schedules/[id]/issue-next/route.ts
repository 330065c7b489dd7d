import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadInvoice } from "../../../../../../lib/billing/invoices"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { issueInvoiceWorkflow } from "../../../../../../workflows/billing/issue-invoice"
import type { AdminIssueNextDepositType } from "../../validators"

/**
 * Issues the schedule's next invoice: the next monthly deposit, or, once all are issued, the settlement
 * (`settlement_total`: what was really consumed) with every deposit deducted.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminIssueNextDepositType>, res: MedusaResponse) {
  const run = await answerConflict(res, () =>
    issueInvoiceWorkflow(req.scope).run({
      input: { source: { type: "schedule", schedule_id: req.params.id, settlement_total: req.validatedBody.settlement_total }, lock_owner: randomUUID() },
    })
  )
  if (!run) return
  res.status(201).json({ invoice: await loadInvoice(req.scope, run.result.id, null, { pdfBase: "/admin/portal/invoices", can_pay: false }) })
}
