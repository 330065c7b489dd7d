import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import type { QuoteStateFields } from "../../../modules/quote/service"
import { QUOTE_TRANSITIONS, type QuoteTransition } from "../../../modules/quote/statuses"

export type TransitionQuoteInput = {
  id: string
  transition: QuoteTransition
  /** The version the workflow read and decided on; unset for changes that hold whatever the version (cancel). */
  version?: number
  fields?: QuoteStateFields
}

export const transitionQuoteStepId = "transition-quote"

/**
 * Applies one change of a quote's state from the table in statuses.ts, only if the quote is still in a state
 * it may start from (and on the version read): a quote another request moved meanwhile is refused with 409
 * and left as that request made it. Compensation puts the quote back, if it is still in the state set here.
 */
export const transitionQuoteStep = createStep(
  transitionQuoteStepId,
  async ({ id, transition, version, fields }: TransitionQuoteInput, { container }) => {
    const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
    const [before] = await service.moveQuotes([id], transition, fields ?? {}, { version })
    if (!before) {
      const now = await service.retrieveQuote(id, { select: ["number", "status", "current_version"] })
      const moved = version !== undefined && now.current_version !== version ? `version ${version} was superseded by ${now.current_version}, ` : ""
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `status: quote ${now.number} changed while this request ran (${moved}it is now ${now.status}) and cannot be ${QUOTE_TRANSITIONS[transition].past}`
      )
    }
    return new StepResponse({ id, status: QUOTE_TRANSITIONS[transition].to }, { transition, before })
  },
  async (undo, { container }) => {
    if (!undo) return
    await container.resolve<QuoteModuleService>(QUOTE_MODULE).restoreQuoteState(undo.transition, [undo.before])
  }
)
