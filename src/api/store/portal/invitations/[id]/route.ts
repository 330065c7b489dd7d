import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertCan, getPortalActor } from "../../../../../lib/portal-actor"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../modules/clientAccount/service"
import { cancelMemberInvitationWorkflow } from "../../../../../workflows/client-account/cancel-member-invitation"

export { AUTHENTICATE } from "../../authenticate-client"

/** An account admin withdraws a pending invitation of their account; any other id answers 404. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  // Another account's invitation answers 404 before the caller's rights are judged, like a missing one.
  const [invitation] = await req.scope
    .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    .listMemberInvitations({ id: req.params.id, account_id: actor.account_id }, { select: ["id"] })
  if (!invitation) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation with id: ${req.params.id} was not found`)
  assertCan(actor, "manage_users")
  await cancelMemberInvitationWorkflow(req.scope).run({ input: { id: req.params.id, account_id: actor.account_id } })
  res.json({ id: req.params.id, object: "invitation", deleted: true })
}
