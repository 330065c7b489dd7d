import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { staffQuote } from "../../../../../lib/quotes/staff-quote"
import { updateQuoteWorkflow } from "../../../../../workflows/quote/update-quote"
import type { AdminUpdateQuoteType } from "../validators"

/** A quote with its current version (draft lines included), history, messages count and linked order. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ quote: await staffQuote(req.scope, req.params.id) })
}

/** Edits a draft; the lines given replace the draft's lines. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateQuoteType>, res: MedusaResponse) {
  await updateQuoteWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ quote: await staffQuote(req.scope, req.params.id) })
}
