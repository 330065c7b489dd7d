import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { staffQuote } from "../../../../../../lib/quotes/staff-quote"
import { reviseQuoteWorkflow } from "../../../../../../workflows/quote/revise-quote"

/** Opens a new draft version copied from the sent one, which becomes superseded. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await reviseQuoteWorkflow(req.scope).run({ input: { id: req.params.id, revised_by: await describeStaff(req) } })
  res.json({ quote: await staffQuote(req.scope, req.params.id) })
}
