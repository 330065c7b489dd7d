import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../../modules/clientAccount/service"
import { createSecureLinkWorkflow } from "../../../../../../workflows/client-account/create-secure-link"
import type { AdminCreateSecureLinkType, AdminListSecureLinksType } from "../../validators"

/** The account's secure links with their last use; never their tokens. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListSecureLinksType>, res: MedusaResponse) {
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  await service.retrieveClientAccount(req.params.id, { select: ["id"] })
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const [secure_links, count] = await service.listAndCountSecureLinks(
    { account_id: req.params.id },
    { select: req.queryConfig.fields, skip, take, order: order ?? { created_at: "DESC" } }
  )
  res.json({ secure_links, count, offset: skip, limit: take })
}

/** Creates a link; the answer is the only time its token and URL are shown. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateSecureLinkType>, res: MedusaResponse) {
  const { result } = await createSecureLinkWorkflow(req.scope).run({
    input: { ...req.validatedBody, account_id: req.params.id, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ secure_link: { ...result.link, token: result.token, url: result.url } })
}
