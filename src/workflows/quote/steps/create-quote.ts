import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { PreparedLine } from "./prepare-quote-lines"

export type CreateQuoteData = {
  account_id: string
  site_id?: string | null
  title: string
  currency_code: string
  region_id: string
  sales_channel_id: string | null
  valid_until: Date
  notes?: string | null
  requires_signature?: boolean
  salesperson_id?: string | null
  metadata?: Record<string, unknown> | null
  lines: PreparedLine[]
}

export const createQuoteStepId = "create-quote"

/** Creates the quote with its first, draft version and lines; undone by deleting it whole. */
export const createQuoteStep = createStep(
  createQuoteStepId,
  async ({ lines, ...data }: CreateQuoteData, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const quote = await service.createQuotes({ ...data, number: await service.nextQuoteNumber(), status: "draft", current_version: 1 })
    const version = await service.createQuoteVersions({ quote_id: quote.id, account_id: data.account_id, version: 1, status: "draft" })
    await service.createQuoteLines(lines.map((line) => ({ ...line, account_id: data.account_id, version_id: version.id })))
    return new StepResponse(quote, quote.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuotes(id)
  }
)
