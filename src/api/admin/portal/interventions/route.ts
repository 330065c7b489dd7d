import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listInterventionPage, presentListItem } from "../../../../lib/field-service/interventions"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import type { AdminListInterventionsType } from "./validators"

/**
 * Every client's interventions, with staff's filters (account, technician, text) on the portal's list query.
 * `inbox=true` is the "to schedule" inbox: requested interventions without a window, newest first. A board
 * asks for `technician_id` and a `from`/`to` period.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListInterventionsType>, res: MedusaResponse) {
  const { inbox, status, site_id, equipment_id, account_id, technician_id, from, to, q } = req.validatedQuery
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const { rows, count } = await listInterventionPage(
    req.scope,
    {
      account_id,
      site_ids: site_id ? [site_id] : null,
      equipment_id,
      technician_id,
      status: inbox ? ["requested"] : status,
      from,
      to,
      q,
    },
    { skip, take, order: inbox ? { created_at: "DESC" } : (order as Record<string, "ASC" | "DESC"> | undefined) }
  )
  const accountIds = [...new Set(rows.map((r) => r.account_id))]
  const siteIds = [...new Set(rows.map((r) => r.site_id))]
  const accounts = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [names, sites] = await Promise.all([
    accountIds.length ? accounts.listClientAccounts({ id: accountIds }, { select: ["id", "name"] }) : [],
    siteIds.length ? accounts.listSites({ id: siteIds }, { select: ["id", "name"] }) : [],
  ])
  res.json({
    interventions: rows.map((r) => ({
      ...presentListItem(r),
      account: names.find((a) => a.id === r.account_id) ?? null,
      site: sites.find((s) => s.id === r.site_id) ?? null,
    })),
    count,
    offset: skip,
    limit: take,
  })
}
