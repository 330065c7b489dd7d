import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../../modules/clientAccount/service"
import { createSiteWorkflow } from "../../../../../../workflows/client-account/create-site"
import type { AdminCreateSiteType, AdminListSitesType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListSitesType>, res: MedusaResponse) {
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  await service.retrieveClientAccount(req.params.id, { select: ["id"] })
  const { q } = req.validatedQuery
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const [sites, count] = await service.listAndCountSites(
    { account_id: req.params.id, ...(q ? { q } : {}) },
    { select: req.queryConfig.fields, skip, take, order: order ?? { name: "ASC" } }
  )
  res.json({ sites, count, offset: skip, limit: take })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateSiteType>, res: MedusaResponse) {
  const { result } = await createSiteWorkflow(req.scope).run({ input: { account_id: req.params.id, ...req.validatedBody } })
  res.status(201).json({ site: result })
}
