import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type OrderLine = { id: string; title: string; variant_sku?: string | null; quantity: number }

/**
 * Records a shipped part of an order as Medusa records a fulfilment (the fulfilment module's record with its
 * lines and tracking label, linked to the order), without the shipping options and stock reservations a
 * real shipment goes through: enough for the demo's and the tests' delivery notes.
 */
export async function recordDeliveryNote(
  container: MedusaContainer,
  order: { id: string; items: OrderLine[] },
  note: { lines?: { line: OrderLine; quantity: number }[]; shipped_at: Date; delivered_at?: Date | null; tracking?: string }
) {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  let [location] = await locations.listStockLocations({}, { take: 1 })
  if (!location) location = await locations.createStockLocations({ name: "Main warehouse" })
  const lines = note.lines ?? order.items.map((line) => ({ line, quantity: Number(line.quantity) }))
  const fulfillment = await container.resolve(Modules.FULFILLMENT).createFulfillment({
    location_id: location.id,
    provider_id: "manual_manual",
    delivery_address: {},
    packed_at: note.shipped_at,
    shipped_at: note.shipped_at,
    delivered_at: note.delivered_at ?? null,
    items: lines.map(({ line, quantity }) => ({ title: line.title, sku: line.variant_sku ?? "", barcode: "", quantity: Number(quantity), line_item_id: line.id })),
    labels: note.tracking ? [{ tracking_number: note.tracking, tracking_url: `https://track.example/${note.tracking}`, label_url: "" }] : [],
    order: {},
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create({ [Modules.ORDER]: { order_id: order.id }, [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id } })
  return fulfillment
}
