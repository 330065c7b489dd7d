import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { assertCan, can, getPortalActor, recordScope } from "../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { loadQuote, loadQuoteRelations, presentQuote } from "../../../../../../lib/quotes/present"
import { rejectQuoteWorkflow } from "../../../../../../workflows/quote/reject-quote"
import type { StoreRejectQuoteType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/** A member who may approve turns the quote down, saying why. */
export async function POST(req: AuthenticatedMedusaRequest<StoreRejectQuoteType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const audience = { kind: "client" as const, can_approve: can(actor, "approve") }
  await loadQuote(req.scope, req.params.id, audience, recordScope(actor))
  assertCan(actor, "approve")
  const client = await describeClient(req, actor)
  const run = await answerConflict(res, () =>
    rejectQuoteWorkflow(req.scope).run({ input: { id: req.params.id, reason: req.validatedBody.reason, actor: client } })
  )
  if (!run) return
  const quote = await loadQuote(req.scope, req.params.id, audience, recordScope(actor))
  const relations = await loadQuoteRelations(req.scope, [quote])
  res.json({ quote: presentQuote(quote, audience, relations(quote)) })
}
