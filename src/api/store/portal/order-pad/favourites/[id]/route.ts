import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { billingReader } from "../../../../../../lib/billing/reader"
import { assertMayOrder, loadOrderPadFavourite } from "../../../../../../lib/billing/order-pad"
import { removeOrderPadFavouriteWorkflow } from "../../../../../../workflows/billing/remove-order-pad-favourite"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * Takes a product off the member's favourites. A read-only session is refused before anything is looked up
 * (it has no favourites of its own); then another member's or account's favourite is 404, then the role.
 */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { actor } = await billingReader(req)
  if (actor.read_only) throw new MedusaError(MedusaError.Types.FORBIDDEN, "This session is read-only")
  const favourite = await loadOrderPadFavourite(req.scope, actor, req.params.id)
  assertMayOrder(actor)
  await removeOrderPadFavouriteWorkflow(req.scope).run({ input: { id: favourite.id, account_id: actor.account_id, customer_id: actor.customer_id } })
  res.json({ id: favourite.id, object: "order_pad_favourite", deleted: true })
}
