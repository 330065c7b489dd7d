import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeAccountMemberWorkflow } from "../../../../../../../workflows/client-account/remove-account-member"
import { updateAccountMemberWorkflow } from "../../../../../../../workflows/client-account/update-account-member"
import type { AdminUpdateMemberType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateMemberType>, res: MedusaResponse) {
  const { result } = await updateAccountMemberWorkflow(req.scope).run({
    input: { id: req.params.memberId, account_id: req.params.id, ...req.validatedBody },
  })
  res.json({ member: result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeAccountMemberWorkflow(req.scope).run({
    input: { id: req.params.memberId, account_id: req.params.id, removed_by: { user_id: req.auth_context.actor_id } },
  })
  res.json({ id: req.params.memberId, object: "member", deleted: true })
}
