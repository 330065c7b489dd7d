import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { QuoteStatus } from "../../../modules/quote/statuses"

export type QuoteStatusEntry = {
  quote_id: string
  account_id: string
  status: QuoteStatus
  version?: number | null
  actor_type: "client" | "staff" | "system"
  actor_id?: string | null
  actor_name?: string | null
  note?: string | null
}

export const recordQuoteStatusStepId = "record-quote-status"

/** Writes a line of the quote's history; compensation removes it. */
export const recordQuoteStatusStep = createStep(
  recordQuoteStatusStepId,
  async (entries: QuoteStatusEntry[], { container }) => {
    const created = await container.resolve<QuoteModuleService>(QUOTE_MODULE).createQuoteStatusChanges(entries)
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).deleteQuoteStatusChanges(ids)
  }
)
