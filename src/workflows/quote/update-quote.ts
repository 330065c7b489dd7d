import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { QuoteFieldsInput } from "./create-quote"
import { assertQuoteStatusStep } from "./steps/assert-quote-status"
import { prepareQuoteLinesStep } from "./steps/prepare-quote-lines"
import { replaceVersionLinesStep } from "./steps/replace-version-lines"
import { updateQuoteStep } from "./steps/update-quote"

export type UpdateQuoteInput = Partial<QuoteFieldsInput> & { id: string }

export const updateQuoteWorkflowId = "update-quote"

/** Staff edit a draft (a new quote, or the new version of a revised one); the lines given replace the draft's. */
export const updateQuoteWorkflow = createWorkflow(updateQuoteWorkflowId, (input: UpdateQuoteInput) => {
  const quote = assertQuoteStatusStep({ id: input.id, allowed: ["draft"], action: "edited" })
  const lineInput = transform({ input, quote }, ({ input, quote }) => ({
    account_id: quote.account_id,
    site_id: input.site_id === undefined ? quote.site_id : input.site_id,
    region_id: input.region_id ?? quote.region_id,
    currency_code: input.currency_code ?? (input.region_id ? null : quote.currency_code),
    lines: input.lines ?? [],
  }))
  const prepared = prepareQuoteLinesStep(lineInput)
  const changes = transform({ input, prepared }, ({ input, prepared }) => {
    const { lines: _lines, region_id: _region, currency_code: _currency, ...fields } = input
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))
    return { ...defined, id: input.id, region_id: prepared.region_id, currency_code: prepared.currency_code }
  })
  const updated = updateQuoteStep(changes)
  const replace = transform({ input, quote, prepared }, ({ input, quote, prepared }) => ({
    version_id: quote.current.id,
    account_id: quote.account_id,
    // Without lines in the request the draft keeps the lines it has.
    lines: input.lines ? prepared.lines : null,
  }))
  replaceVersionLinesStep(replace)
  return new WorkflowResponse(updated)
})
