import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { adminThreadDetail } from "../../../../../lib/support/admin-threads"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ thread: await adminThreadDetail(req.scope, req.params.id) })
}
