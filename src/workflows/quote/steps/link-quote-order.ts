import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const linkQuoteOrderStepId = "link-quote-order"

/** Links the accepted quote to the order it became; compensation unlinks it. */
export const linkQuoteOrderStep = createStep(
  linkQuoteOrderStepId,
  async ({ id, order_id }: { id: string; order_id: string }, { container }) => {
    const quote = await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes({ id, order_id })
    return new StepResponse(quote, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes({ id, order_id: null })
  }
)
