import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import type { QuoteWorld } from "../quote/fixtures"

export type PlacedOrder = { id: string; items: { id: string; title: string; variant_sku: string | null; quantity: number }[] }

/** A Medusa order placed by a member, on a site, as the order pad or a quote acceptance makes it; `shipping` adds a shipping method of that amount. */
export async function placeOrder(container: MedusaContainer, world: QuoteWorld, customerId: string, siteId: string | null, quantity = 2, shipping = 0) {
  const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)
  const { result } = await createOrderWorkflow(container).run({
    input: {
      region_id: world.region_id,
      currency_code: "eur",
      customer_id: customerId,
      email: customer.email,
      shipping_address: { first_name: "Claire", last_name: "Martin", address_1: "1 quai Rambaud", city: "Lyon", postal_code: "69002", country_code: "fr" },
      metadata: siteId ? { site_id: siteId } : {},
      items: [
        { variant_id: world.pump_id, title: "Booster pump", quantity, unit_price: 900 },
        { variant_id: world.kit_id, title: "Filter kit", quantity: 1, unit_price: 50 },
      ],
      shipping_methods: shipping ? [{ name: "Delivery", amount: shipping }] : [],
    },
  })
  const { data } = await container.resolve("query").graph({ entity: "order", fields: ["id", "items.id", "items.title", "items.variant_sku", "items.quantity"], filters: { id: result.id } })
  const order = data[0] as unknown as PlacedOrder
  // Query returns the lines in no set order; tests name them by position (the pump, then the kit).
  order.items.sort((a, b) => a.title.localeCompare(b.title))
  return order
}

