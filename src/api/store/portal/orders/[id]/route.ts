import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadAccountOrder } from "../../../../../lib/billing/orders"
import { billingReader } from "../../../../../lib/billing/reader"

export { AUTHENTICATE } from "../../authenticate-client"

/** One order of the account: lines, totals, payment and fulfilment status, its quote, delivery notes and invoices. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { order } = await loadAccountOrder(req.scope, reader, req.params.id, "/store/portal/orders")
  res.json({ order })
}
