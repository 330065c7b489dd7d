import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideOrder } from "../../../../../../lib/billing/decide-order"
import type { StoreDeclineOrderType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/** An approver declines with a reason the requester reads; the cart stays uncompleted, no order is made. */
export async function POST(req: AuthenticatedMedusaRequest<StoreDeclineOrderType>, res: MedusaResponse) {
  await decideOrder(req, res, "declined", req.validatedBody.reason)
}
