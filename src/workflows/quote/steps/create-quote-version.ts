import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const createQuoteVersionStepId = "create-quote-version"

/** Opens a new draft version with a copy of another version's lines; compensation deletes it. */
export const createQuoteVersionStep = createStep(
  createQuoteVersionStepId,
  async ({ quote_id, account_id, version, copy_from }: { quote_id: string; account_id: string; version: number; copy_from: string }, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const created = await service.createQuoteVersions({ quote_id, account_id, version, status: "draft" })
    const lines = await service.listQuoteLines({ version_id: copy_from }, { order: { rank: "ASC" } })
    await service.createQuoteLines(
      lines.map((l) => ({
        account_id,
        version_id: created.id,
        rank: l.rank,
        variant_id: l.variant_id,
        product_id: l.product_id,
        product_type_id: l.product_type_id,
        product_title: l.product_title,
        variant_title: l.variant_title,
        sku: l.sku,
        title: l.title,
        description: l.description,
        quantity: l.quantity,
        unit_price: Number(l.unit_price),
        is_tax_inclusive: l.is_tax_inclusive,
        discount_percent: l.discount_percent,
        is_optional: l.is_optional,
        selected: l.selected,
        subtotal: Number(l.subtotal),
        discount_total: Number(l.discount_total),
        tax_total: Number(l.tax_total),
        total: Number(l.total),
        tax_lines: l.tax_lines,
      }))
    )
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuoteVersions(id)
  }
)
