import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { staffQuote } from "../../../../../../lib/quotes/staff-quote"
import { cancelQuoteWorkflow } from "../../../../../../workflows/quote/cancel-quote"
import type { AdminCancelQuoteType } from "../../validators"

/** Withdraws a quote that was not accepted; 409 when the client accepted it meanwhile. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCancelQuoteType>, res: MedusaResponse) {
  const cancelledBy = await describeStaff(req)
  const run = await answerConflict(res, () =>
    cancelQuoteWorkflow(req.scope).run({ input: { id: req.params.id, cancelled_by: cancelledBy, note: req.validatedBody?.note } })
  )
  if (!run) return
  res.json({ quote: await staffQuote(req.scope, req.params.id) })
}
