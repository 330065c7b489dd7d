import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { can, getPortalActor, recordScope } from "../../../../lib/portal-actor"
import { loadQuoteRelations, presentListItem, presentQuote, statusFilter } from "../../../../lib/quotes/present"
import { QUOTE_MODULE } from "../../../../modules/quote"
import type QuoteModuleService from "../../../../modules/quote/service"
import type { StoreListQuotesType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The quotes sent to the account within the caller's scope (see recordScope), newest first; never drafts. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListQuotesType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const service = req.scope.resolve<QuoteModuleService>(QUOTE_MODULE)
  const [quotes, count] = await service.listAndCountQuotes(
    { ...recordScope(actor), sent_at: { $ne: null }, ...statusFilter(req.validatedQuery.status) },
    { relations: ["versions", "versions.lines"], skip, take, order: order ?? { created_at: "DESC" } }
  )
  const relations = await loadQuoteRelations(req.scope, quotes)
  const audience = { kind: "client" as const, can_approve: can(actor, "approve") }
  res.json({
    quotes: quotes.map((q) => presentListItem(presentQuote(q, audience, relations(q)))),
    count,
    offset: skip,
    limit: take,
  })
}
