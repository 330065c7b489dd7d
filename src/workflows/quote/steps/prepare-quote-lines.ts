import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import { variantPricesForAccount } from "../../../lib/quotes/pricing"
import { computeLineTotals, quoteAddress } from "../../../lib/quotes/totals"

export type QuoteLineInput = {
  variant_id?: string | null
  title?: string | null
  description?: string | null
  quantity: number
  unit_price?: number | null
  discount_percent?: number | null
  is_optional?: boolean
  selected?: boolean
}

export type PrepareQuoteLinesInput = {
  account_id: string
  site_id?: string | null
  region_id?: string | null
  currency_code?: string | null
  lines: QuoteLineInput[]
}

export type PreparedLine = {
  rank: number
  variant_id: string | null
  product_id: string | null
  product_type_id: string | null
  product_title: string | null
  variant_title: string | null
  sku: string | null
  title: string
  description: string | null
  quantity: number
  unit_price: number
  is_tax_inclusive: boolean
  discount_percent: number
  is_optional: boolean
  selected: boolean
  subtotal: number
  discount_total: number
  tax_total: number
  total: number
  /** The tax module's lines (code, name, rate); a JSON column, typed by Medusa as an object. */
  tax_lines: Record<string, unknown>
}

export type PreparedQuoteLines = {
  region_id: string
  currency_code: string
  sales_channel_id: string | null
  lines: PreparedLine[]
}

type VariantRow = { id: string; title: string | null; sku: string | null; product: { id: string; title: string; type_id: string | null } | null }

export const prepareQuoteLinesStepId = "prepare-quote-lines"

/**
 * Turns what staff typed into priced lines: the region and currency of the quote, each variant's product
 * and Medusa price for this client (unless staff agreed another), and the totals with taxes as Medusa
 * computes them. Reads only, so nothing to compensate.
 */
export const prepareQuoteLinesStep = createStep(prepareQuoteLinesStepId, async (input: PrepareQuoteLinesInput, { container }) => {
  const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [account] = await accounts.listClientAccounts({ id: input.account_id }, { select: ["id"] })
  if (!account) throw new MedusaError(MedusaError.Types.INVALID_DATA, `account_id: client account ${input.account_id} was not found`)
  if (input.site_id && !(await accounts.listSites({ id: input.site_id, account_id: input.account_id })).length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `site_id: site ${input.site_id} is not a site of this account`)
  }
  const region = await resolveRegion(container, input)
  const currency_code = region.currency_code
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["default_sales_channel_id"], take: 1 })

  const variantIds = [...new Set(input.lines.map((l) => l.variant_id).filter((id): id is string => !!id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = variantIds.length
    ? await query.graph({ entity: "product_variant", fields: ["id", "title", "sku", "product.id", "product.title", "product.type_id"], filters: { id: variantIds } })
    : { data: [] }
  const variants = new Map((data as VariantRow[]).map((v) => [v.id, v]))
  input.lines.forEach((line, i) => {
    if (line.variant_id && !variants.has(line.variant_id)) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines.${i}.variant_id: variant ${line.variant_id} was not found`)
    }
  })
  const needPrice = variantIds.filter((id) => input.lines.some((l) => l.variant_id === id && (l.unit_price === undefined || l.unit_price === null)))
  const prices = await variantPricesForAccount(container, { account_id: input.account_id, variant_ids: needPrice, currency_code, region_id: region.id })

  const lines = input.lines.map((line, i) => {
    const variant = line.variant_id ? variants.get(line.variant_id)! : null
    const agreed = line.unit_price ?? (variant ? prices[variant.id]?.unit_price : undefined)
    if (agreed === undefined || agreed === null) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        variant
          ? `lines.${i}.unit_price: variant ${variant.id} has no price in ${currency_code.toUpperCase()}; give one`
          : `lines.${i}.unit_price is required for a line without a variant`
      )
    }
    const title = line.title ?? (variant ? [variant.product?.title, variant.title].filter(Boolean).join(" – ") : null)
    if (!title) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines.${i}.title is required for a line without a variant`)
    return {
      rank: i,
      variant_id: variant?.id ?? null,
      product_id: variant?.product?.id ?? null,
      product_type_id: variant?.product?.type_id ?? null,
      product_title: variant?.product?.title ?? null,
      variant_title: variant?.title ?? null,
      sku: variant?.sku ?? null,
      title,
      description: line.description ?? null,
      quantity: line.quantity,
      unit_price: agreed,
      // An agreed price is net of tax; Medusa's own price keeps its tax-inclusive setting.
      is_tax_inclusive: line.unit_price === undefined || line.unit_price === null ? !!(variant && prices[variant.id]?.is_tax_inclusive) : false,
      discount_percent: line.discount_percent ?? 0,
      is_optional: !!line.is_optional,
      selected: line.is_optional ? line.selected ?? false : true,
    }
  })
  const address = await quoteAddress(container, { account_id: input.account_id, site_id: input.site_id })
  const totals = await computeLineTotals(container, { currency_code, region_id: region.id, address }, lines)
  return new StepResponse<PreparedQuoteLines>({
    region_id: region.id,
    currency_code,
    sales_channel_id: store?.default_sales_channel_id ?? null,
    lines: lines.map((line, i) => ({ ...line, ...totals[i], tax_lines: totals[i].tax_lines as unknown as Record<string, unknown> })),
  })
})

async function resolveRegion(
  container: Parameters<Parameters<typeof createStep>[1]>[1]["container"],
  { region_id, currency_code }: PrepareQuoteLinesInput
) {
  const regions = container.resolve(Modules.REGION)
  if (region_id) {
    const [region] = await regions.listRegions({ id: region_id })
    if (!region) throw new MedusaError(MedusaError.Types.INVALID_DATA, `region_id: region ${region_id} was not found`)
    if (currency_code && region.currency_code !== currency_code.toLowerCase()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `currency_code: region ${region.name} uses ${region.currency_code.toUpperCase()}`)
    }
    return region
  }
  const [region] = await regions.listRegions(currency_code ? { currency_code: currency_code.toLowerCase() } : {}, { take: 1, order: { created_at: "ASC" } })
  if (!region) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      currency_code ? `currency_code: no region sells in ${currency_code.toUpperCase()}` : "region_id: the store has no region"
    )
  }
  return region
}
