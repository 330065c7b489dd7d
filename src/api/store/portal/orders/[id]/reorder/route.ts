import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { loadAccountOrder } from "../../../../../../lib/billing/orders"
import { assertMayOrder, createOrderPadCart } from "../../../../../../lib/billing/order-pad"
import { billingReader } from "../../../../../../lib/billing/reader"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * Puts the lines of one of the account's orders into a new order-pad cart of the caller's, for the order's site,
 * at today's prices (the cart prices them as Medusa does for the customer: price lists of their groups, taxes
 * of the site's address). Lines whose product is no longer sold are left out and listed.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { order, raw } = await loadAccountOrder(req.scope, reader, req.params.id, "/store/portal/orders")
  assertMayOrder(reader.actor)
  const variantIds = [...new Set(order.items.map((i) => i.variant_id).filter((id): id is string => !!id))]
  const { data } = variantIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { id: variantIds } })
    : { data: [] as { id: string }[] }
  const sold = new Set((data as { id: string }[]).map((v) => v.id))
  const kept = order.items.filter((i) => i.variant_id && sold.has(i.variant_id))
  if (!kept.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "items: none of this order's products is still sold")
  const cart = await createOrderPadCart(req.scope, reader.actor, {
    site_id: order.site_id,
    items: kept.map((i) => ({ variant_id: i.variant_id!, quantity: i.quantity })),
    metadata: { reorder_of: raw.id },
  })
  res.status(201).json({ cart: { id: cart.id }, left_out: order.items.filter((i) => !kept.includes(i)).map((i) => i.title) })
}
