import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { sendMemberInvitationWorkflow } from "../../../../../../../../workflows/client-account/send-member-invitation"

/** Sends (or sends again) the portal invitation to an existing member. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const user = await req.scope.resolve(Modules.USER).retrieveUser(req.auth_context.actor_id)
  const { result } = await sendMemberInvitationWorkflow(req.scope).run({
    input: {
      member_id: req.params.memberId,
      account_id: req.params.id,
      invited_by: { user_id: user.id },
      inviter_name: [user.first_name, user.last_name].filter(Boolean).join(" ") || null,
    },
  })
  res.json({ member: result.member, email: result.email })
}
