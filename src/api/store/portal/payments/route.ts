import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { billingReader } from "../../../../lib/billing/reader"
import { describeClient } from "../../../../lib/quotes/actors"
import { BILLING_MODULE } from "../../../../modules/billing"
import type BillingModuleService from "../../../../modules/billing/service"
import { payInvoicesOnlineWorkflow } from "../../../../workflows/billing/pay-invoices-online"
import { presentCaptured } from "./present"
import type { StoreListPaymentsType, StorePayInvoicesType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** Payments received on the account's invoices within the caller's sites, newest first. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListPaymentsType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const filters: Record<string, unknown> = { account_id: reader.account_id }
  if (reader.site_ids) filters.invoice = { site_id: reader.site_ids }
  const [rows, count] = await req.scope
    .resolve<BillingModuleService>(BILLING_MODULE)
    .listAndCountInvoicePayments(filters, { relations: ["invoice"], skip, take, order: { paid_at: "DESC" } })
  res.json({
    payments: rows.map((p) => ({
      id: p.id,
      amount: Number(p.amount),
      paid_at: new Date(p.paid_at).toISOString(),
      method: p.method,
      reference: p.reference,
      payment_collection_id: p.payment_collection_id,
      payment_id: p.payment_id,
      invoice_id: p.invoice.id,
      invoice_number: p.invoice.number,
      currency_code: p.invoice.currency_code,
    })),
    count,
    offset: skip,
    limit: take,
  })
}

/**
 * A payer pays one or several open invoices online (all that is due, or `amount` shared oldest due first): 201
 * with the payment when the provider authorises at once, 202 `{ status: "requires_action", payment }` when the
 * payer's browser must confirm it first (Stripe).
 */
export async function POST(req: AuthenticatedMedusaRequest<StorePayInvoicesType>, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { actor } = reader
  if (actor.read_only) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session is read-only")
  if (!actor.is_payer || !actor.customer_id) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a member with the payer role may pay invoices")
  const client = await describeClient(req, actor)
  const { result } = await payInvoicesOnlineWorkflow(req.scope).run({
    input: {
      account_id: reader.account_id,
      site_ids: reader.site_ids,
      invoice_ids: req.validatedBody.invoice_ids,
      amount: req.validatedBody.amount,
      customer_id: actor.customer_id,
      actor_name: client.name,
      lock_owner: randomUUID(),
    },
  })
  if (result.requires_action) {
    // Nothing is paid yet: the payer's browser confirms the card, then `POST …/payments/:id/complete` records it.
    res.status(202).json({ status: "requires_action", payment: result.requires_action })
    return
  }
  res.status(201).json({ payment: presentCaptured(result.captured) })
}
