import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { PriceListItem } from "../../modules/billing/contract"
import { accountCustomerGroupIds } from "../quotes/pricing"

type Product = { id: string; title: string; variants: { id: string; sku: string | null; title: string; price_set?: { id: string } | null }[] }

async function storeCurrency(container: MedusaContainer): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { relations: ["supported_currencies"], take: 1 })
  return store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? store?.supported_currencies?.[0]?.currency_code ?? "eur"
}

/**
 * The client's current prices: every published product's variants with Medusa's price for the account (price
 * lists of its members' customer groups, as a cart would price them) beside the general price. Paged by product.
 */
export async function accountPriceList(container: MedusaContainer, accountId: string, page: { q?: string; skip: number; take: number }) {
  const currency_code = await storeCurrency(container)
  const filters: Record<string, unknown> = { status: "published" }
  if (page.q) filters.q = page.q
  const { data, metadata } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["id", "title", "variants.id", "variants.sku", "variants.title", "variants.price_set.id"],
    filters,
    pagination: { skip: page.skip, take: page.take, order: { title: "ASC" } },
  })
  const products = data as unknown as Product[]
  const variants = products.flatMap((p) => p.variants.filter((v) => v.price_set?.id).map((v) => ({ product: p, variant: v, price_set_id: v.price_set!.id })))
  const ids = variants.map((v) => v.price_set_id)
  const pricing = container.resolve(Modules.PRICING)
  const groups = (await accountCustomerGroupIds(container, accountId)).map((id) => ({ id }))
  const [client, general] = ids.length
    ? await Promise.all([
        pricing.calculatePrices({ id: ids }, { context: { currency_code, customer: { groups } } as unknown as Record<string, string> }),
        pricing.calculatePrices({ id: ids }, { context: { currency_code } }),
      ])
    : [[], []]
  const amount = (list: { id: string; calculated_amount?: unknown }[], id: string) => {
    const found = list.find((p) => p.id === id)?.calculated_amount
    return found === null || found === undefined ? null : Number(found)
  }
  const prices: PriceListItem[] = variants
    .map(({ product, variant, price_set_id }) => ({
      product_id: product.id,
      variant_id: variant.id,
      title: product.variants.length > 1 ? `${product.title} – ${variant.title}` : product.title,
      sku: variant.sku,
      currency_code,
      price: amount(client, price_set_id),
      general_price: amount(general, price_set_id),
    }))
    .filter((p): p is PriceListItem => p.price !== null)
  return { prices, count: metadata?.count ?? products.length, date: new Date().toISOString() }
}

const csvCell = (value: string | number | null) => {
  const text = value === null ? "" : String(value)
  // A cell starting like a formula is quoted with an apostrophe so a spreadsheet never runs it.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The price list as CSV (UTF-8 with a byte-order mark so spreadsheets read accents), dated in its first line. */
export function priceListCsv(prices: PriceListItem[], date: Date): string {
  const rows = [
    ["date", date.toISOString().slice(0, 10)],
    ["sku", "product", "currency", "general_price", "your_price"],
    ...prices.map((p) => [p.sku, p.title, p.currency_code.toUpperCase(), p.general_price, p.price]),
  ]
  return "\ufeff" + rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n"
}
