import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"

export const deleteAccountQuotesStepId = "delete-account-quotes"

/**
 * Soft-deletes every quote of an account being deleted, with its versions, lines, messages and history
 * (the quote model cascades), whatever its status: open quotes can no longer be accepted, and orders
 * already made from accepted ones stay Medusa's orders. Compensation restores exactly those.
 */
export const deleteAccountQuotesStep = createStep(
  deleteAccountQuotesStepId,
  async ({ account_id }: { account_id: string }, { container }) => {
    const quotes = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const ids = (await quotes.listQuotes({ account_id }, { select: ["id"] })).map((q) => q.id)
    if (ids.length) await quotes.softDeleteQuotes(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<QuoteModuleService>(QUOTE_MODULE).restoreQuotes(ids)
  }
)
