import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export type QuoteAcceptance = {
  id: string
  accepted_version: number
  accepted_by_customer_id: string
  accepted_by_name: string | null
  accepted_ip: string | null
  signature_name: string | null
  accepted_line_ids: string[]
}

export const markQuoteAcceptedStepId = "mark-quote-accepted"

/** Records the acceptance on the quote; compensation puts the quote back as the client found it. */
export const markQuoteAcceptedStep = createStep(
  markQuoteAcceptedStepId,
  async (acceptance: QuoteAcceptance, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const previous = await service.retrieveQuote(acceptance.id)
    const quote = await service.updateQuotes({ ...acceptance, status: "accepted", accepted_at: new Date() })
    return new StepResponse(quote, { id: previous.id, status: previous.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes({
      id: previous.id,
      status: previous.status,
      accepted_at: null,
      accepted_version: null,
      accepted_by_customer_id: null,
      accepted_by_name: null,
      accepted_ip: null,
      signature_name: null,
      accepted_line_ids: null,
    })
  }
)
