import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { issueActivationWorkflow } from "../../../../../../../../workflows/client-account/issue-activation"
import type { AdminIssueActivationType } from "../../../../validators"

/** Issues a two-part activation: the e-mail half is sent now, the letter half is at `letter_url`. */
export async function POST(req: AuthenticatedMedusaRequest<AdminIssueActivationType>, res: MedusaResponse) {
  const { result } = await issueActivationWorkflow(req.scope).run({
    input: {
      member_id: req.params.memberId,
      account_id: req.params.id,
      user_id: req.auth_context.actor_id,
      valid_days: req.validatedBody.valid_days,
    },
  })
  res.status(201).json({ activation: result })
}
