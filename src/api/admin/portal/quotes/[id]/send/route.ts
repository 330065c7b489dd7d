import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { staffQuote } from "../../../../../../lib/quotes/staff-quote"
import { sendQuoteWorkflow } from "../../../../../../workflows/quote/send-quote"

/** Freezes the draft version and e-mails the client's members who may approve; `emails` says who was reached. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const sentBy = await describeStaff(req)
  const run = await answerConflict(res, () => sendQuoteWorkflow(req.scope).run({ input: { id: req.params.id, sent_by: sentBy } }))
  if (!run) return
  res.json({ quote: await staffQuote(req.scope, req.params.id), emails: run.result.emails })
}
