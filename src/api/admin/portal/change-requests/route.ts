import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminChangeRequest } from "../../../../lib/support/change-requests"
import { supportOf } from "../../../../lib/support/threads"
import { accountNames } from "../../../../lib/support/tickets"
import type { AdminListChangeRequestsType } from "./validators"

/** Staff's queue of change requests, the oldest pending first by default. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListChangeRequestsType>, res: MedusaResponse) {
  const { status, account_id } = req.validatedQuery as AdminListChangeRequestsType
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const [requests, count] = await supportOf(req.scope).listAndCountChangeRequests(
    { ...(status ? { status } : {}), ...(account_id ? { account_id } : {}) },
    { relations: ["fields"], order: { created_at: status === "pending" ? "ASC" : "DESC" }, skip, take }
  )
  const names = await accountNames(req.scope, requests.map((r) => r.account_id))
  res.json({ change_requests: await Promise.all(requests.map((r) => adminChangeRequest(req.scope, r, names.get(r.account_id) ?? null))), count, offset: skip, limit: take })
}
