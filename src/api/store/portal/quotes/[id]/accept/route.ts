import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { can, getPortalActor, recordScope } from "../../../../../../lib/portal-actor"
import { clientAddress } from "../../../../../../lib/client-address"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { loadQuote, loadQuoteRelations, presentQuote } from "../../../../../../lib/quotes/present"
import { acceptQuoteWorkflow } from "../../../../../../workflows/quote/accept-quote"
import type { StoreAcceptQuoteType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * One-click acceptance by a member who may approve. Repeating it (double click, second tab, retry)
 * answers the same order; the role, state, validity and version are checked under the quote's lock.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreAcceptQuoteType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const audience = { kind: "client" as const, can_approve: can(actor, "approve") }
  // A quote never sent, or another account's, answers 404 before anything else is said about it.
  await loadQuote(req.scope, req.params.id, audience, recordScope(actor))
  const client = await describeClient(req, actor)
  const run = await answerConflict(res, () =>
    acceptQuoteWorkflow(req.scope).run({
      input: {
        id: req.params.id,
        actor: { ...client, customer_id: actor.customer_id ?? "" },
        can_approve: audience.can_approve && actor.customer_id !== null,
        selected_optional_line_ids: req.validatedBody.selected_optional_line_ids,
        version: req.validatedBody.version,
        signature_name: req.validatedBody.signature_name,
        ip: clientAddress(req),
        lock_owner: randomUUID(),
      },
    })
  )
  if (!run) return
  const quote = await loadQuote(req.scope, req.params.id, audience, recordScope(actor))
  const relations = (await loadQuoteRelations(req.scope, [quote]))(quote)
  res.json({ quote: presentQuote(quote, audience, relations), order: relations.order })
}
