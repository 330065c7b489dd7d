import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { can, getPortalActor } from "../../../../lib/portal-actor"
import { loadQuoteRelations, presentListItem } from "../../../../lib/quotes/present"
import { listQuotePage } from "../../../../lib/quotes/quote-page"
import type { StoreListQuotesType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The account's quotes that were sent to it, newest first; never staff's drafts. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListQuotesType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const { rows, count } = await listQuotePage(
    req.scope,
    { audience: "client", account_id: actor.account_id, statuses: req.validatedQuery.status },
    { skip, take, order }
  )
  const relations = await loadQuoteRelations(req.scope, rows)
  const audience = { kind: "client" as const, can_approve: can(actor, "approve") }
  res.json({
    quotes: rows.map((row) => presentListItem(row, audience, relations(row))),
    count,
    offset: skip,
    limit: take,
  })
}
