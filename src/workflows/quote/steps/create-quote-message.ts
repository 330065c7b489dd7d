import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { MessageAuthor } from "../../../modules/quote/statuses"

export type QuoteMessageData = {
  quote_id: string
  account_id: string
  author_type: MessageAuthor
  author_id: string | null
  author_name: string | null
  body: string
}

export const createQuoteMessageStepId = "create-quote-message"

export const createQuoteMessageStep = createStep(
  createQuoteMessageStepId,
  async (data: QuoteMessageData, { container }) => {
    const message = await container.resolve<QuoteModuleService>(QUOTE_MODULE).createQuoteMessages(data)
    return new StepResponse(message, message.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuoteMessages(id)
  }
)
