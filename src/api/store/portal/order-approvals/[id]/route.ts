import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadApproval, presentApprovals } from "../../../../../lib/billing/order-pad"
import { billingReader } from "../../../../../lib/billing/reader"

export { AUTHENTICATE } from "../../authenticate-client"

/** One order approval the caller may see, with its lines; another account's or a colleague's (for a requester) answers 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { actor } = await billingReader(req)
  const row = await loadApproval(req.scope, actor, req.params.id)
  const [approval] = await presentApprovals(req.scope, actor, [row])
  res.json({ order_approval: approval })
}
