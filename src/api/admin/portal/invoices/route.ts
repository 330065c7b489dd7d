import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listInvoicePage, loadInvoice } from "../../../../lib/billing/invoices"
import { accountOfCustomer } from "../../../../lib/billing/staff"
import { answerConflict } from "../../../../lib/conflict-response"
import { issueInvoiceWorkflow } from "../../../../workflows/billing/issue-invoice"
import type { AdminIssueInvoiceType, AdminListInvoicesType } from "./validators"

/** Every invoice, newest first; `order_id` for the order page's widget, `customer_id` for the customer page's. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListInvoicesType>, res: MedusaResponse) {
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const { q, status, kind, account_id, order_id, customer_id } = req.validatedQuery
  let account = account_id
  if (customer_id) {
    const found = await accountOfCustomer(req.scope, customer_id)
    if (!found || (account_id && found !== account_id)) return res.json({ invoices: [], count: 0, offset: skip, limit: take })
    account = found
  }
  const { invoices, count } = await listInvoicePage(req.scope, { account_id: account, order_id, q, status, kind }, { skip, take, order: order as Record<string, "ASC" | "DESC"> | undefined })
  res.json({ invoices, count, offset: skip, limit: take })
}

/**
 * Issues the invoice of an order (deducting its deposits) or a deposit invoice on it; a second invoice of one
 * order answers 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminIssueInvoiceType>, res: MedusaResponse) {
  const run = await answerConflict(res, () =>
    issueInvoiceWorkflow(req.scope).run({
      input: { source: { type: "order", ...req.validatedBody }, lock_owner: randomUUID() },
    })
  )
  if (!run) return
  const invoice = await loadInvoice(req.scope, run.result.id, null, { pdfBase: "/admin/portal/invoices", can_pay: false })
  res.status(201).json({ invoice })
}
