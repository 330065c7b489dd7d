import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCan, getPortalActor } from "../../../../../lib/portal-actor"
import { cancelMemberInvitationWorkflow } from "../../../../../workflows/client-account/cancel-member-invitation"

export { AUTHENTICATE } from "../../authenticate-client"

/** An account admin withdraws a pending invitation of their account; any other id answers 404. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "manage_users")
  await cancelMemberInvitationWorkflow(req.scope).run({ input: { id: req.params.id, account_id: actor.account_id } })
  res.json({ id: req.params.id, object: "invitation", deleted: true })
}
