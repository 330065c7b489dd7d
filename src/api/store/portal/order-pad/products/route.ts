import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { billingReader } from "../../../../../lib/billing/reader"
import { assertMayOrder, listOrderPadProducts } from "../../../../../lib/billing/order-pad"
import type { StoreListOrderPadProductsType } from "../validators"

export { AUTHENTICATE } from "../../authenticate-client"

/** The catalogue at the client's prices for the chosen site, searched by name or SKU, narrowed to what the account bought before or the member's favourites. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListOrderPadProductsType>, res: MedusaResponse) {
  const { actor } = await billingReader(req)
  assertMayOrder(actor)
  const { skip = 0, take = 24 } = req.queryConfig.pagination
  const { q, site_id, bought_before, favourites } = req.validatedQuery
  const { products, count } = await listOrderPadProducts(req.scope, actor, { q, site_id, bought_before, favourites, skip, take })
  res.json({ products, count, offset: skip, limit: take })
}
