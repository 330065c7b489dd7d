import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { billingReader } from "../../../../../lib/billing/reader"
import { assertMayOrder, assertOnOrderPad, listOrderPadFavourites, loadOrderPadFavourite } from "../../../../../lib/billing/order-pad"
import { markOrderPadFavouriteWorkflow } from "../../../../../workflows/billing/mark-order-pad-favourite"
import type { StoreListOrderPadFavouritesType, StoreMarkOrderPadFavouriteType } from "../validators"

export { AUTHENTICATE } from "../../authenticate-client"

/** The member's own favourites (the pad lists them at the client's prices with `favourites=true`). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListOrderPadFavouritesType>, res: MedusaResponse) {
  const { actor } = await billingReader(req)
  assertMayOrder(actor)
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const { favourites, count } = await listOrderPadFavourites(req.scope, actor, { skip, take })
  res.json({ favourites, count, offset: skip, limit: take })
}

/** Stars a product of the pad: 201 the first time, 200 with the same favourite when it already is one. */
export async function POST(req: AuthenticatedMedusaRequest<StoreMarkOrderPadFavouriteType>, res: MedusaResponse) {
  const { actor } = await billingReader(req)
  assertMayOrder(actor)
  await assertOnOrderPad(req.scope, actor, req.validatedBody.variant_id)
  const { result } = await markOrderPadFavouriteWorkflow(req.scope).run({
    input: { account_id: actor.account_id, customer_id: actor.customer_id, variant_id: req.validatedBody.variant_id, lock_owner: randomUUID() },
  })
  res.status(result.created ? 201 : 200).json({ favourite: await loadOrderPadFavourite(req.scope, actor, result.id) })
}
