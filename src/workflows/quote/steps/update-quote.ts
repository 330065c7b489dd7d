import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

type QuoteRecord = Awaited<ReturnType<QuoteModuleService["retrieveQuote"]>>
export type QuoteChanges = { id: string } & Partial<Omit<QuoteRecord, "id" | "versions" | "messages" | "history" | "created_at" | "updated_at" | "deleted_at">>

export const updateQuoteStepId = "update-quote"

/** Changes fields of a quote; compensation puts back the values they had. */
export const updateQuoteStep = createStep(
  updateQuoteStepId,
  async ({ id, ...changes }: QuoteChanges, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const previous = await service.retrieveQuote(id)
    const quote = await service.updateQuotes({ id, ...changes })
    const restore = Object.fromEntries(Object.keys(changes).map((key) => [key, previous[key as keyof QuoteRecord]]))
    return new StepResponse(quote, { id, ...restore } as QuoteChanges)
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes(restore)
  }
)
