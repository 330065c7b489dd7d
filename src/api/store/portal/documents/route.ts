import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { siteIsVisible, getPortalActor } from "../../../../lib/portal-actor"
import { documentReader, machineSites, presentStoreDocument } from "../../../../lib/support/documents"
import { supportOf } from "../../../../lib/support/threads"
import type { StoreListDocumentsType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/**
 * The documents shared with the caller (everyone's, their account's, their sites' and machines'), newest
 * first, with "new" on those whose current version they have not opened and `new_count` over the library.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListDocumentsType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { category, q, site_id, equipment_id, order } = req.validatedQuery as StoreListDocumentsType
  const onlyNew = ["true", "1"].includes((req.validatedQuery as StoreListDocumentsType).new ?? "")
  const { skip = 0, take = 30 } = req.queryConfig.pagination
  // A site outside the caller's scope filters to nothing rather than widening it.
  const site = site_id ? (siteIsVisible(actor, site_id) ? site_id : "-") : undefined
  const { rows, count, new_count } = await supportOf(req.scope).listDocumentRows({
    reader: await documentReader(req.scope, actor),
    category,
    q,
    site_id: site,
    equipment_id,
    only_new: onlyNew,
    order,
    limit: take,
    offset: skip,
  })
  const sites = await machineSites(req.scope, rows)
  res.json({ documents: rows.map((row) => presentStoreDocument(row, sites)), count, offset: skip, limit: take, new_count })
}
