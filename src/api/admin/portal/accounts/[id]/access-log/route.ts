import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../../modules/clientAccount/service"
import type { AdminListAccessLogType } from "../../validators"

/** Who came into the account's portal and how, newest first; filter with `event`. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListAccessLogType>, res: MedusaResponse) {
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  await service.retrieveClientAccount(req.params.id, { select: ["id"] })
  const { event } = req.validatedQuery
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const [access_log, count] = await service.listAndCountAccessLogEntries(
    { account_id: req.params.id, ...(event ? { event } : {}) },
    { select: req.queryConfig.fields, skip, take, order: order ?? { created_at: "DESC" } }
  )
  res.json({ access_log, count, offset: skip, limit: take })
}
