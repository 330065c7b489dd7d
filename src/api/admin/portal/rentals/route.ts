import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentRental } from "../../../../lib/rental/present"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { RENTAL_MODULE } from "../../../../modules/rental"
import type RentalModuleService from "../../../../modules/rental/service"
import type { AdminListRentalsType } from "./validators"

/** The reservation inbox: every account's rentals, by status and account, newest first unless asked. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListRentalsType>, res: MedusaResponse) {
  const { status, account_id, q } = req.validatedQuery
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (account_id) filters.account_id = account_id
  if (q) filters.number = { $ilike: `%${q.replace(/[%_\\]/g, "\\$&")}%` }
  const [rows, count] = await req.scope
    .resolve<RentalModuleService>(RENTAL_MODULE)
    .listAndCountRentalReservations(filters, { relations: ["lines"], skip, take, order: order ?? { created_at: "DESC" } })
  const accountIds = [...new Set(rows.map((r) => r.account_id))]
  const accounts = accountIds.length ? await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listClientAccounts({ id: accountIds }, { select: ["id", "name"] }) : []
  const now = new Date()
  res.json({
    rentals: rows.map((r) => ({ ...presentRental(r as never, now), account_name: accounts.find((a) => a.id === r.account_id)?.name ?? null, customer_id: r.customer_id })),
    count,
    offset: skip,
    limit: take,
  })
}
