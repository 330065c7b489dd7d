import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { staffQuote } from "../../../../../../lib/quotes/staff-quote"
import { cancelQuoteWorkflow } from "../../../../../../workflows/quote/cancel-quote"
import type { AdminCancelQuoteType } from "../../validators"

/** Withdraws a quote that was not accepted. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelQuoteType>, res: MedusaResponse) {
  await cancelQuoteWorkflow(req.scope).run({
    input: { id: req.params.id, cancelled_by: await describeStaff(req), note: req.validatedBody?.note },
  })
  res.json({ quote: await staffQuote(req.scope, req.params.id) })
}
