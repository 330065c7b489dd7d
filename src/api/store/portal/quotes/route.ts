import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { can, getPortalActor, recordScope } from "../../../../lib/portal-actor"
import { loadQuoteRelations, presentListItem } from "../../../../lib/quotes/present"
import { listQuotePage } from "../../../../lib/quotes/quote-page"
import type { StoreListQuotesType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The quotes sent to the account within the caller's scope (see recordScope), newest first; never drafts. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListQuotesType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const scope = recordScope(actor)
  const { rows, count } = await listQuotePage(
    req.scope,
    { audience: "client", account_id: scope.account_id, site_ids: scope.site_id, statuses: req.validatedQuery.status },
    { skip, take, order }
  )
  const relations = await loadQuoteRelations(req.scope, rows, { orderTotals: false })
  const audience = { kind: "client" as const, can_approve: can(actor, "approve") }
  res.json({
    quotes: rows.map((row) => presentListItem(row, audience, relations(row))),
    count,
    offset: skip,
    limit: take,
  })
}
