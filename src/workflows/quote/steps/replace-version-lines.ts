import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { PreparedLine } from "./prepare-quote-lines"

export const replaceVersionLinesStepId = "replace-quote-version-lines"

/** Puts new lines in a draft version (none given: the draft keeps its own); compensation brings the previous lines back as they were. */
export const replaceVersionLinesStep = createStep(
  replaceVersionLinesStepId,
  async ({ version_id, account_id, lines }: { version_id: string; account_id: string; lines: PreparedLine[] | null }, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const previous = await service.listQuoteLines({ version_id })
    if (!lines) return new StepResponse(previous, { created: [] as string[], previous: [] as typeof previous })
    await service.deleteQuoteLines(previous.map((l) => l.id))
    const created = await service.createQuoteLines(lines.map((line) => ({ ...line, account_id, version_id })))
    return new StepResponse(created, { created: created.map((l) => l.id), previous })
  },
  async (undo, { container }) => {
    if (!undo?.created.length) return
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    await service.deleteQuoteLines(undo.created)
    // Restores the same ids, so nothing that referenced a line loses it.
    await service.createQuoteLines(
      undo.previous.map(({ version: _v, created_at: _c, updated_at: _u, deleted_at: _d, raw_unit_price: _r1, raw_subtotal: _r2, raw_discount_total: _r3, raw_tax_total: _r4, raw_total: _r5, ...line }) => ({
        ...line,
        unit_price: Number(line.unit_price),
        subtotal: Number(line.subtotal),
        discount_total: Number(line.discount_total),
        tax_total: Number(line.tax_total),
        total: Number(line.total),
      }))
    )
  }
)
