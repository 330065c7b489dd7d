// Run by `npm run bench` through `medusa exec`: the sent quotes the acceptance measure accepts, made by the
// quote module's own workflows as staff make them (lines from the catalogue priced by Medusa, a free line,
// an optional line), then sent. BENCH_QUOTE_ACCOUNTS lists the accounts (one per signed-in member, in
// order), BENCH_QUOTES_PER_ACCOUNT how many each gets; the answer goes to the file BENCH_QUOTES_FILE names.
import fs from "node:fs"
import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow, updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { createQuoteWorkflow } from "../src/workflows/quote/create-quote"
import { sendQuoteWorkflow } from "../src/workflows/quote/send-quote"

export default async function benchQuotes({ container }: ExecArgs) {
  const accountIds: string[] = JSON.parse(process.env.BENCH_QUOTE_ACCOUNTS ?? "[]")
  const perAccount = Number(process.env.BENCH_QUOTES_PER_ACCOUNT)
  const file = process.env.BENCH_QUOTES_FILE
  if (!accountIds.length || !perAccount || !file) {
    throw new Error("BENCH_QUOTE_ACCOUNTS, BENCH_QUOTES_PER_ACCOUNT and BENCH_QUOTES_FILE are required")
  }

  const [staff] = await container.resolve(Modules.USER).listUsers({}, { take: 1, order: { created_at: "ASC" } })
  if (!staff) throw new Error("no staff user: the demo seed makes one")
  const sentBy = { id: staff.id, name: [staff.first_name, staff.last_name].filter(Boolean).join(" ") || staff.email }
  const variants = await container.resolve(Modules.PRODUCT).listProductVariants({}, { take: 3, order: { created_at: "ASC" } })
  if (variants.length < 3) throw new Error("the catalogue has fewer than 3 variants: the demo seed makes them")

  // Orders reserve stock: every accepted quote takes a few units, so the bench stocks the first warehouse
  // with enough of every item for all its orders (the demo stocks a handful), as a store selling them would.
  const inventory = container.resolve(Modules.INVENTORY)
  const [location] = await container.resolve(Modules.STOCK_LOCATION).listStockLocations({}, { take: 1 })
  if (!location) throw new Error("no stock location: the demo seed makes one")
  const items = await inventory.listInventoryItems({})
  const levels = await inventory.listInventoryLevels({ inventory_item_id: items.map((i) => i.id), location_id: location.id })
  const plenty = 1_000_000
  const unstocked = items.filter((item) => !levels.some((l) => l.inventory_item_id === item.id))
  if (unstocked.length) {
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: unstocked.map((item) => ({ inventory_item_id: item.id, location_id: location.id, stocked_quantity: plenty })) },
    })
  }
  const short = levels.filter((l) => Number(l.stocked_quantity) < plenty)
  if (short.length) {
    await updateInventoryLevelsWorkflow(container).run({
      input: { updates: short.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: location.id, stocked_quantity: plenty })) },
    })
  }

  const quotes: { id: string; member: number }[] = []
  for (let round = 0; round < perAccount; round++) {
    for (const [member, account_id] of accountIds.entries()) {
      const { result: draft } = await createQuoteWorkflow(container).run({
        input: {
          account_id,
          title: `Service kit ${round + 1}`,
          valid_until: new Date(Date.now() + 30 * 24 * 3600 * 1000),
          created_by: sentBy,
          lines: [
            { variant_id: variants[0].id, quantity: 2 },
            { variant_id: variants[1].id, quantity: 1, discount_percent: 10 },
            { title: "Installation and commissioning", quantity: 4, unit_price: 85 },
            { variant_id: variants[2].id, quantity: 1, is_optional: true, selected: false },
          ],
        },
      })
      await sendQuoteWorkflow(container).run({ input: { id: draft.id, sent_by: sentBy } })
      quotes.push({ id: draft.id, member })
    }
  }
  fs.writeFileSync(file, JSON.stringify({ quotes }))
}
