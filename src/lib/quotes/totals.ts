import type { MedusaContainer } from "@medusajs/framework/types"
import { decorateCartTotals, MathBN, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"

/** What a line needs to be priced and taxed; amounts in the quote's currency. */
export type PricedLineInput = {
  product_id?: string | null
  product_type_id?: string | null
  quantity: number
  unit_price: number
  is_tax_inclusive?: boolean
  discount_percent?: number
}

export type LineTotals = {
  subtotal: number
  discount_total: number
  tax_total: number
  total: number
  tax_lines: { code: string | null; name: string; rate: number; tax_rate_id: string | null }[]
}

export type QuoteAddress = {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}

const toNumber = (value: unknown): number => Number(MathBN.convert(value as number).toString())

/** How many decimals the currency's main unit has (2 for EUR, 0 for JPY). */
export function currencyDecimals(currencyCode: string): number {
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency: currencyCode.toUpperCase() }).resolvedOptions()
      .maximumFractionDigits ?? 2
  } catch {
    return 2
  }
}

/**
 * The unit price the order carries: the agreed price less the line's discount, rounded to the currency's
 * smallest unit, so the quote and the order price the line identically.
 */
export function netUnitPrice(line: Pick<PricedLineInput, "unit_price" | "discount_percent">, currencyCode: string): number {
  const factor = 10 ** currencyDecimals(currencyCode)
  return Math.round(line.unit_price * (1 - (line.discount_percent ?? 0) / 100) * factor) / factor
}

/**
 * Where the goods go: the quote's site, else the account's own address. The order is created with this
 * address, and the tax module computes the quote's taxes for it, so both tax alike.
 */
export async function quoteAddress(
  container: MedusaContainer,
  { account_id, site_id }: { account_id: string; site_id?: string | null }
): Promise<QuoteAddress | null> {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const account = await accounts.retrieveClientAccount(account_id)
  const site = site_id ? (await accounts.listSites({ id: site_id, account_id }))[0] : null
  const place = site?.country_code ? site : account
  if (!place.country_code) return null
  return {
    company: account.name,
    address_1: place.address_1,
    address_2: place.address_2,
    city: place.city,
    postal_code: place.postal_code,
    country_code: place.country_code,
    phone: site?.contact_phone ?? account.contact_phone,
  }
}

/**
 * Prices and taxes lines the way Medusa prices an order: tax lines from the tax module for the address
 * (when the region computes taxes automatically), totals from Medusa's totals utilities. Never our own
 * tax arithmetic.
 */
export async function computeLineTotals(
  container: MedusaContainer,
  { currency_code, region_id, address }: { currency_code: string; region_id: string; address: QuoteAddress | null },
  lines: PricedLineInput[]
): Promise<LineTotals[]> {
  const region = await container.resolve(Modules.REGION).retrieveRegion(region_id)
  const items = lines.map((line, i) => ({
    id: `line_${i}`,
    product_id: line.product_id ?? undefined,
    product_type_id: line.product_type_id ?? undefined,
    quantity: line.quantity,
    unit_price: netUnitPrice(line, currency_code),
    is_tax_inclusive: !!line.is_tax_inclusive,
  }))
  const taxLinesByItem = new Map<string, LineTotals["tax_lines"]>()
  if (region.automatic_taxes && address?.country_code && items.length) {
    const taxLines = await container.resolve(Modules.TAX).getTaxLines(
      items.map((item) => ({ ...item, product_id: item.product_id as string, currency_code })),
      {
        address: {
          country_code: address.country_code,
          address_1: address.address_1 ?? undefined,
          address_2: address.address_2 ?? undefined,
          city: address.city ?? undefined,
          postal_code: address.postal_code ?? undefined,
        },
      }
    )
    for (const line of taxLines) {
      if (!("line_item_id" in line)) continue
      const list = taxLinesByItem.get(line.line_item_id) ?? []
      list.push({ code: line.code ?? null, name: line.name, rate: Number(line.rate), tax_rate_id: line.rate_id ?? null })
      taxLinesByItem.set(line.line_item_id, list)
    }
  }
  const decorated = decorateCartTotals({
    currency_code,
    items: items.map((item) => ({ ...item, tax_lines: taxLinesByItem.get(item.id) ?? [] })),
  })
  const decoratedItems = (decorated as { items?: { subtotal: unknown; tax_total: unknown; total: unknown }[] }).items ?? []
  return decoratedItems.map((item, i) => ({
    subtotal: toNumber(item.subtotal),
    discount_total: lineDiscount(lines[i], currency_code),
    tax_total: toNumber(item.tax_total),
    total: toNumber(item.total),
    tax_lines: taxLinesByItem.get(`line_${i}`) ?? [],
  }))
}

/** What the line's discount takes off, in the price's own terms (with tax when the price includes it). */
function lineDiscount(line: PricedLineInput, currencyCode: string): number {
  const factor = 10 ** currencyDecimals(currencyCode)
  return Math.round(line.quantity * (line.unit_price - netUnitPrice(line, currencyCode)) * factor) / factor
}

export type QuoteTotals = { subtotal: number; discount_total: number; tax_total: number; total: number }

/**
 * Totals of a selection of lines. Medusa's totals of a cart or order are the sums of its lines' totals,
 * so summing the lines decorated above gives what the order will answer.
 */
export function sumTotals(lines: { subtotal: unknown; discount_total: unknown; tax_total: unknown; total: unknown }[]): QuoteTotals {
  const sum = (key: keyof QuoteTotals) => toNumber(lines.reduce((acc, l) => MathBN.add(acc, MathBN.convert(l[key] as number)), MathBN.convert(0)))
  return { subtotal: sum("subtotal"), discount_total: sum("discount_total"), tax_total: sum("tax_total"), total: sum("total") }
}

