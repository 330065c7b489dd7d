import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { findVisibleDocument, machineSites, presentStoreDocument } from "../../../../../lib/support/documents"

export { AUTHENTICATE } from "../../authenticate-client"

/** A document the caller may see; another account's, another site's or a withdrawn one is 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const row = await findVisibleDocument(req.scope, actor, req.params.id)
  res.json({ document: presentStoreDocument(row, await machineSites(req.scope, [row])) })
}
