import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { staffQuote } from "../../../../../../lib/quotes/staff-quote"
import { reviseQuoteWorkflow } from "../../../../../../workflows/quote/revise-quote"

/** Opens a new draft version copied from the sent one, which becomes superseded; 409 when the client accepted it meanwhile. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const revisedBy = await describeStaff(req)
  const run = await answerConflict(res, () => reviseQuoteWorkflow(req.scope).run({ input: { id: req.params.id, revised_by: revisedBy } }))
  if (!run) return
  res.json({ quote: await staffQuote(req.scope, req.params.id) })
}
