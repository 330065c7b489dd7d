import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { QUOTE_MODULE } from "../../../modules/quote"
import type QuoteModuleService from "../../../modules/quote/service"
import { QUOTE_STATUSES, QUOTE_TRANSITIONS, type QuoteStatus, type QuoteTransition } from "../../../modules/quote/statuses"

export type AssertQuoteStatusInput = {
  id: string
  /** Set on client routes: another account's quote answers 404 exactly like a missing one. */
  account_id?: string | null
  /** The change about to be made: the quote must be in a state it may start from (QUOTE_TRANSITIONS). */
  transition?: QuoteTransition
  /** Without a transition: the states allowed (default: any) and the action as the refusal names it ("edit"). */
  allowed?: readonly QuoteStatus[]
  action?: string
  /** Refuse a quote whose validity date has passed even if the expiry job has not run yet. */
  refuse_expired?: boolean
}

export const assertQuoteStatusStepId = "assert-quote-status"

/**
 * Loads the quote with its versions and refuses the action unless the quote is in one of the allowed states.
 * A check before deciding, not a guard: the change itself goes through transitionQuoteStep.
 */
export const assertQuoteStatusStep = createStep(assertQuoteStatusStepId, async (input: AssertQuoteStatusInput, { container }) => {
  const service = container.resolve<QuoteModuleService>(QUOTE_MODULE)
  const filters = input.account_id ? { id: input.id, account_id: input.account_id } : { id: input.id }
  const [quote] = await service.listQuotes(filters, { relations: ["versions"] })
  if (!quote) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Quote with id: ${input.id} was not found`)
  const rule = input.transition ? QUOTE_TRANSITIONS[input.transition] : { from: input.allowed ?? QUOTE_STATUSES, past: input.action ?? "changed" }
  if (!(rule.from as readonly QuoteStatus[]).includes(quote.status)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `status: quote ${quote.number} is ${quote.status} and cannot be ${rule.past}`)
  }
  if (input.refuse_expired && new Date(quote.valid_until) <= new Date()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `valid_until: quote ${quote.number} expired on ${new Date(quote.valid_until).toISOString().slice(0, 10)}`)
  }
  const versions = [...quote.versions].sort((a, b) => a.version - b.version)
  return new StepResponse({
    ...quote,
    versions,
    current: versions.find((v) => v.version === quote.current_version)!,
  })
})
