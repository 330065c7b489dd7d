import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { loadAccountOrder } from "../../../../../../lib/billing/orders"
import { billingReader } from "../../../../../../lib/billing/reader"
import { assertCan } from "../../../../../../lib/portal-actor"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * Puts the lines of one of the account's orders into a new Medusa cart of the caller's, at today's prices (the
 * cart prices them as Medusa does for the customer: price lists of their groups, taxes of the address). Lines
 * whose product is no longer sold are left out and listed.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const reader = await billingReader(req)
  const { order, raw } = await loadAccountOrder(req.scope, reader, req.params.id, "/store/portal/orders")
  assertCan(reader.actor, "request")
  if (!reader.actor.customer_id) throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only a signed-in member can order")
  const variantIds = [...new Set(order.items.map((i) => i.variant_id).filter((id): id is string => !!id))]
  const { data } = variantIds.length
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "product_variant", fields: ["id"], filters: { id: variantIds } })
    : { data: [] as { id: string }[] }
  const sold = new Set((data as { id: string }[]).map((v) => v.id))
  const kept = order.items.filter((i) => i.variant_id && sold.has(i.variant_id))
  if (!kept.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "items: none of this order's products is still sold")
  const { result: cart } = await createCartWorkflow(req.scope).run({
    input: {
      region_id: raw.region_id,
      sales_channel_id: raw.sales_channel_id ?? undefined,
      customer_id: reader.actor.customer_id,
      currency_code: raw.currency_code,
      shipping_address: order.shipping_address ? Object.fromEntries(Object.entries(order.shipping_address).filter(([, v]) => v !== null)) : undefined,
      metadata: { reorder_of: raw.id, ...(order.site_id ? { site_id: order.site_id } : {}) },
      items: kept.map((i) => ({ variant_id: i.variant_id!, quantity: i.quantity })),
    },
  })
  res.status(201).json({ cart: { id: cart.id }, left_out: order.items.filter((i) => !kept.includes(i)).map((i) => i.title) })
}
