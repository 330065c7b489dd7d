import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listMembersWithCustomers } from "../../../../lib/account-members"
import { getPortalActor } from "../../../../lib/portal-actor"
import type { StoreListMembersType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The members of the caller's account; every member may see who their colleagues are. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMembersType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const [listed, count] = await listMembersWithCustomers(req.scope, actor.account_id, {
    select: req.queryConfig.fields,
    skip,
    take,
    order,
  })
  // A secure-link visitor is not a person of the account: they see names, never contact details.
  const members = actor.kind === "link" ? listed.map((m) => ({ ...m, customer: m.customer && { ...m.customer, email: null, phone: null } })) : listed
  res.json({ members, count, offset: skip, limit: take })
}
