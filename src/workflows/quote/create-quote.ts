import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createQuoteStep } from "./steps/create-quote"
import { prepareQuoteLinesStep, type QuoteLineInput } from "./steps/prepare-quote-lines"
import { recordQuoteStatusStep } from "./steps/record-quote-status"

export type QuoteFieldsInput = {
  site_id?: string | null
  title: string
  region_id?: string | null
  currency_code?: string | null
  valid_until: Date
  notes?: string | null
  salesperson_id?: string | null
  requires_signature?: boolean
  lines: QuoteLineInput[]
}

export type CreateQuoteInput = QuoteFieldsInput & {
  account_id: string
  /** Free data of the merchant's own (an external reference, the demo's key). */
  metadata?: Record<string, unknown> | null
  /** Staff user who created it, for the history. */
  created_by: { id: string; name: string | null }
}

export const createQuoteWorkflowId = "create-quote"

/** Staff draft a quote for a client account: lines priced by Medusa for that client, taxes by Medusa. */
export const createQuoteWorkflow = createWorkflow(createQuoteWorkflowId, (input: CreateQuoteInput) => {
  const prepared = prepareQuoteLinesStep(input)
  const data = transform({ input, prepared }, ({ input, prepared }) => ({
    account_id: input.account_id,
    site_id: input.site_id ?? null,
    title: input.title,
    valid_until: input.valid_until,
    notes: input.notes ?? null,
    requires_signature: input.requires_signature ?? false,
    salesperson_id: input.salesperson_id ?? input.created_by.id,
    region_id: prepared.region_id,
    currency_code: prepared.currency_code,
    sales_channel_id: prepared.sales_channel_id,
    metadata: input.metadata ?? null,
    lines: prepared.lines,
  }))
  const quote = createQuoteStep(data)
  const history = transform({ input, quote }, ({ input, quote }) => [
    {
      quote_id: quote.id,
      account_id: quote.account_id,
      status: "draft" as const,
      version: 1,
      actor_type: "staff" as const,
      actor_id: input.created_by.id,
      actor_name: input.created_by.name,
    },
  ])
  recordQuoteStatusStep(history)
  return new WorkflowResponse(quote)
})
