import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const assertQuoteSendableStepId = "assert-quote-sendable"

/** A quote goes to the client only with lines and a validity date still ahead. */
export const assertQuoteSendableStep = createStep(
  assertQuoteSendableStepId,
  async (quote: { id: string; number: string; valid_until: Date | string; current: { id: string } }, { container }) => {
    if (new Date(quote.valid_until) <= new Date()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `valid_until: quote ${quote.number} would be sent already expired; choose a later date`)
    }
    const [, count] = await container.resolve<QuoteModuleService>(QUOTE_MODULE).listAndCountQuoteLines({ version_id: quote.current.id }, { take: 1 })
    if (!count) throw new MedusaError(MedusaError.Types.INVALID_DATA, `lines: quote ${quote.number} has no lines to send`)
    return new StepResponse(true)
  }
)
