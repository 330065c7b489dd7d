import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { billingReader } from "../../../../../lib/billing/reader"
import { createOrderPadCart } from "../../../../../lib/billing/order-pad"
import type { StoreCreateOrderPadCartType } from "../validators"

export { AUTHENTICATE } from "../../authenticate-client"

/**
 * Starts the member's Medusa cart for a site (its address, the account's region); lines, shipping method,
 * payment and completion then go through Medusa's own /store/carts routes with the member's token.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreCreateOrderPadCartType>, res: MedusaResponse) {
  const { actor } = await billingReader(req)
  const cart = await createOrderPadCart(req.scope, actor, { site_id: req.validatedBody.site_id, items: req.validatedBody.items })
  res.status(201).json({ cart: { id: cart.id } })
}
