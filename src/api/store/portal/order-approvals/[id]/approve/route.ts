import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideOrder } from "../../../../../../lib/billing/decide-order"

export { AUTHENTICATE } from "../../../authenticate-client"

/** An approver approves: the held cart is completed by Medusa into the order, and the salesperson is alerted. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await decideOrder(req, res, "approved", null)
}
