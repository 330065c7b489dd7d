import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const expireQuotesStepId = "expire-quotes"

/** Sent quotes past their validity become expired; compensation puts them back in their former state. */
export const expireQuotesStep = createStep(
  expireQuotesStepId,
  async ({ now }: { now: Date }, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const due = await service.listQuotes({ status: ["sent", "viewed"], valid_until: { $lte: now } }, { take: 500 })
    if (!due.length) return new StepResponse([] as typeof due, [] as { id: string; status: "sent" | "viewed" }[])
    await service.updateQuotes(due.map((q) => ({ id: q.id, status: "expired" as const, expired_at: now })))
    return new StepResponse(
      due,
      due.map((q) => ({ id: q.id, status: q.status as "sent" | "viewed" }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuotes(previous.map((p) => ({ ...p, expired_at: null })))
  }
)
