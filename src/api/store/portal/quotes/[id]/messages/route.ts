import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCan, getPortalActor, recordScope } from "../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { loadQuote } from "../../../../../../lib/quotes/present"
import { QUOTE_MODULE } from "../../../../../../modules/quote"
import type QuoteModuleService from "../../../../../../modules/quote/service"
import { addQuoteMessageWorkflow } from "../../../../../../workflows/quote/add-quote-message"
import type { ListQuoteMessagesType, QuoteMessageBodyType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The quote's thread, oldest first, as the client reads it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, ListQuoteMessagesType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  await loadQuote(req.scope, req.params.id, { kind: "client", can_approve: false }, recordScope(actor))
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [messages, count] = await req.scope
    .resolve<QuoteModuleService>(QUOTE_MODULE)
    .listAndCountQuoteMessages(
      { quote_id: req.params.id, account_id: actor.account_id },
      { select: req.queryConfig.fields, skip, take, order: { created_at: "ASC" } }
    )
  res.json({ messages, count, offset: skip, limit: take })
}

/** A question or a request for changes; the salesperson is alerted. */
export async function POST(req: AuthenticatedMedusaRequest<QuoteMessageBodyType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  await loadQuote(req.scope, req.params.id, { kind: "client", can_approve: false }, recordScope(actor))
  assertCan(actor, "request")
  const client = await describeClient(req, actor)
  const { result } = await addQuoteMessageWorkflow(req.scope).run({
    input: {
      quote_id: req.params.id,
      account_id: actor.account_id,
      body: req.validatedBody.body,
      author: { type: "client", id: actor.customer_id, name: client.name },
    },
  })
  const { id, author_type, author_name, body, created_at } = result
  res.status(201).json({ message: { id, author_type, author_name, body, created_at } })
}
