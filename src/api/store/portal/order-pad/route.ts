import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { billingReader } from "../../../../lib/billing/reader"
import { assertMayOrder, orderPadTerms } from "../../../../lib/billing/order-pad"

export { AUTHENTICATE } from "../authenticate-client"

/** The caller's ordering terms: region and currency, the account's approval threshold, the sites to order for. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { actor } = await billingReader(req)
  assertMayOrder(actor)
  res.json({ order_pad: await orderPadTerms(req.scope, actor) })
}
