import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { VersionStatus } from "../../../modules/quote/statuses"

export type VersionChange = { id: string; status: VersionStatus; sent_at?: Date | null; sent_by?: string | null }

export const updateQuoteVersionsStepId = "update-quote-versions"

/** Moves versions to sent or superseded; compensation returns them to their previous state. */
export const updateQuoteVersionsStep = createStep(
  updateQuoteVersionsStepId,
  async (changes: VersionChange[], { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    if (!changes.length) return new StepResponse([], [])
    const previous = await service.listQuoteVersions({ id: changes.map((c) => c.id) })
    const updated = await service.updateQuoteVersions(changes)
    return new StepResponse(
      updated,
      previous.map((v) => ({ id: v.id, status: v.status, sent_at: v.sent_at, sent_by: v.sent_by }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).updateQuoteVersions(previous)
  }
)
