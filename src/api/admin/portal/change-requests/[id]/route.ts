import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminChangeRequest, loadChangeRequest } from "../../../../../lib/support/change-requests"
import { accountNames } from "../../../../../lib/support/tickets"

/** One request as a diff (current and proposed value per field), with its audit trail. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const request = await loadChangeRequest(req.scope, req.params.id)
  const names = await accountNames(req.scope, [request.account_id])
  res.json({ change_request: await adminChangeRequest(req.scope, request, names.get(request.account_id) ?? null) })
}
