import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { QUOTE_TRANSITIONS } from "../../../modules/quote/statuses"

export const expireQuotesStepId = "expire-quotes"

/**
 * Quotes awaiting the client past their validity become expired, through the same guarded change as every
 * other: one accepted, cancelled or revised since it was listed is left as it is. Compensation puts the
 * expired ones back in their former state.
 */
export const expireQuotesStep = createStep(
  expireQuotesStepId,
  async ({ now }: { now: Date }, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const due = await service.listQuotes({ status: [...QUOTE_TRANSITIONS.expire.from], valid_until: { $lte: now } }, { take: 500 })
    const before = await service.moveQuotes(
      due.map((q) => q.id),
      "expire",
      { expired_at: now },
      { valid_until_before: now }
    )
    const moved = new Set(before.map((q) => q.id))
    return new StepResponse(
      due.filter((q) => moved.has(q.id)),
      before
    )
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).restoreQuoteState("expire", before)
  }
)
