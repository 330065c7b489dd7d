import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { startImpersonationWorkflow } from "../../../../../../../../workflows/client-account/start-impersonation"

/** "View as client": a URL that opens the portal as this member, read-only, for 15 minutes; recorded. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { result } = await startImpersonationWorkflow(req.scope).run({
    input: { member_id: req.params.memberId, account_id: req.params.id, user_id: req.auth_context.actor_id },
  })
  res.json({ impersonation: result })
}
