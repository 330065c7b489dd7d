import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Statistics } from "../../modules/billing/contract"
import { orderScope, type OrderReader } from "./orders"

type StatOrder = {
  id: string
  created_at: string | Date
  currency_code: string
  total: unknown
  status: string
  items: { title: string; product_id: string | null; quantity: unknown; total: unknown }[]
}

/** The most orders one statistics answer reads: a period beyond it is summed on its latest orders. */
const MAX_ORDERS = 5000

/**
 * Purchases of the reader's account (its sites) between two dates, from Medusa's orders: per month, per product
 * category and the top products, in the account's main currency. Cancelled orders do not count.
 */
export async function purchaseStatistics(container: MedusaContainer, reader: OrderReader, period: { from: Date; to: Date }): Promise<Statistics> {
  const empty: Statistics = { from: period.from.toISOString(), to: period.to.toISOString(), currency_code: null, by_month: [], by_category: [], top_products: [] }
  const scope = await orderScope(container, reader)
  if (!scope.filters) return empty
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "created_at", "currency_code", "total", "status", "items.title", "items.product_id", "items.quantity", "items.total"],
    filters: { ...scope.filters, created_at: { $gte: period.from, $lte: period.to }, status: { $ne: "canceled" } },
    pagination: { take: MAX_ORDERS, order: { created_at: "DESC" } },
  })
  const orders = data as unknown as StatOrder[]
  if (!orders.length) return empty
  const currencies = new Map<string, number>()
  for (const o of orders) currencies.set(o.currency_code, (currencies.get(o.currency_code) ?? 0) + 1)
  const currency_code = [...currencies.entries()].sort((a, b) => b[1] - a[1])[0][0]
  const counted = orders.filter((o) => o.currency_code === currency_code)

  const months = new Map<string, { total: number; orders: number }>()
  for (let d = new Date(Date.UTC(period.from.getUTCFullYear(), period.from.getUTCMonth(), 1)); d <= period.to; d.setUTCMonth(d.getUTCMonth() + 1)) {
    months.set(d.toISOString().slice(0, 7), { total: 0, orders: 0 })
  }
  const products = new Map<string, { title: string; quantity: number; total: number; product_id: string | null }>()
  for (const o of counted) {
    const month = months.get(new Date(o.created_at).toISOString().slice(0, 7))
    if (month) {
      month.total += Number(o.total ?? 0)
      month.orders++
    }
    for (const item of o.items ?? []) {
      const key = item.product_id ?? item.title
      const entry = products.get(key) ?? { title: item.title, quantity: 0, total: 0, product_id: item.product_id }
      entry.quantity += Number(item.quantity ?? 0)
      entry.total += Number(item.total ?? 0)
      products.set(key, entry)
    }
  }
  const productIds = [...products.values()].map((p) => p.product_id).filter((id): id is string => !!id)
  const { data: categorized } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "categories.name"], filters: { id: productIds } })
    : { data: [] }
  const categoryOf = new Map((categorized as { id: string; categories?: { name: string }[] | null }[]).map((p) => [p.id, p.categories?.[0]?.name ?? null]))
  const categories = new Map<string, number>()
  for (const p of products.values()) {
    const name = (p.product_id && categoryOf.get(p.product_id)) || "Other"
    categories.set(name, (categories.get(name) ?? 0) + p.total)
  }
  const round = (n: number) => Math.round(n * 100) / 100
  return {
    ...empty,
    currency_code,
    by_month: [...months.entries()].map(([month, m]) => ({ month, total: round(m.total), orders: m.orders })),
    by_category: [...categories.entries()].map(([category, total]) => ({ category, total: round(total) })).sort((a, b) => b.total - a.total),
    top_products: [...products.values()]
      .sort((a, b) => b.total - a.total)
      .slice(0, 10)
      .map((p) => ({ title: p.title, quantity: p.quantity, total: round(p.total) })),
  }
}
