import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { can, getPortalActor, recordScope } from "../../../../../lib/portal-actor"
import { describeClient } from "../../../../../lib/quotes/actors"
import { loadQuote, loadQuoteRelations, presentQuote } from "../../../../../lib/quotes/present"
import { markQuoteViewedWorkflow } from "../../../../../workflows/quote/mark-quote-viewed"

export { AUTHENTICATE } from "../../authenticate-client"

/**
 * One quote of the account. The first time a client opens a sent version it becomes viewed and the
 * salesperson is alerted; staff looking through "view as client" do not count as the client.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const audience = { kind: "client" as const, can_approve: can(actor, "approve") }
  let quote = await loadQuote(req.scope, req.params.id, audience, recordScope(actor))
  if (quote.status === "sent" && actor.kind !== "impersonation" && new Date(quote.valid_until) > new Date()) {
    const client = await describeClient(req, actor)
    await markQuoteViewedWorkflow(req.scope)
      .run({ input: { id: quote.id, actor: client } })
      .catch((error: { type?: string }) => {
        // Accepted, withdrawn or revised while it was being opened: the page shows the quote as it is now.
        if (error.type !== MedusaError.Types.CONFLICT) throw error
      })
    quote = await loadQuote(req.scope, req.params.id, audience, recordScope(actor))
  }
  const relations = await loadQuoteRelations(req.scope, [quote])
  res.json({ quote: presentQuote(quote, audience, relations(quote)) })
}
