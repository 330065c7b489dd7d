import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getPortalActor, siteIsVisible } from "../../../../../lib/portal-actor"
import { loadChangeRequest, presentChangeRequest } from "../../../../../lib/support/change-requests"

export { AUTHENTICATE } from "../../authenticate-client"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const request = await loadChangeRequest(req.scope, req.params.id, actor.account_id)
  if (actor.site_ids?.length && !siteIsVisible(actor, request.site_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Change request with id: ${req.params.id} was not found`)
  res.json({ change_request: presentChangeRequest(request) })
}
