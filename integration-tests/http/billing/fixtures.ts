import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow, createStockLocationsWorkflow, linkSalesChannelsToStockLocationWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { ensurePortalShipping } from "../../../scripts/seed/order-pad"
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


/** A warehouse for the store's sales channel, the flat-rate option the checkout picks, "pay on invoice" in the region. */
export async function enableCheckout(container: MedusaContainer, regionId: string) {
  await updateRegionsWorkflow(container).run({ input: { selector: { id: regionId }, update: { payment_providers: ["pp_system_default"] } } })
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({}, { take: 1 })
  const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Lyon warehouse", address: { city: "Lyon", country_code: "fr", address_1: "1 rue" } }] } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: result[0].id, add: [channel.id] } })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  return ensurePortalShipping(container, { location_id: result[0].id, shipping_profile_id: profile.id, countries: ["fr"], currency_code: "eur", amount: 20 })
}
