import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadInvoice } from "../../../../../../lib/billing/invoices"
import { mailInvoice } from "../../../../../../lib/billing/mail"
import { BILLING_MODULE } from "../../../../../../modules/billing"
import type BillingModuleService from "../../../../../../modules/billing/service"

/** Mails the invoice again to the account's payers, its stored PDF attached; answers who was mailed. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const invoice = await loadInvoice(req.scope, req.params.id, null, { pdfBase: "/admin/portal/invoices", can_pay: false })
  const mailed = await mailInvoice(req.scope, invoice.id, { reminder: false, key: `resend:${randomUUID()}` })
  if (mailed.sent.length) await req.scope.resolve<BillingModuleService>(BILLING_MODULE).updateInvoices({ id: invoice.id, sent_at: new Date() })
  res.json({ invoice: { ...invoice, sent_at: new Date().toISOString() }, mailed })
}
