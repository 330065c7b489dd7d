import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { assertCan, getPortalActor, granterOf } from "../../../../lib/portal-actor"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { inviteColleagueWorkflow } from "../../../../workflows/client-account/invite-colleague"
import { STORE_INVITATION_FIELDS } from "./middlewares"
import type { StoreInviteMemberType, StoreListInvitationsType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/** The account's invitations still waiting for the person to sign in, newest first; for account admins. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListInvitationsType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "manage_users")
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const [invitations, count] = await req.scope
    .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    .listAndCountMemberInvitations(
      { account_id: actor.account_id, status: "pending" },
      { select: req.queryConfig.fields, skip, take, order: order ?? { invited_at: "DESC" } }
    )
  res.json({ invitations, count, offset: skip, limit: take })
}

/**
 * An account admin invites a colleague. The answer is the same whatever the address (201, the pending
 * invitation with only what the admin typed): whether the person is already a customer or another
 * account's member is never said, and nobody is attached before they accept.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreInviteMemberType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "manage_users")
  const inviter = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(actor.customer_id!)
  const { result } = await inviteColleagueWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      account_id: actor.account_id,
      invited_by: granterOf(actor),
      inviter_name: [inviter.first_name, inviter.last_name].filter(Boolean).join(" ") || null,
    },
  })
  const invitation = result.invitation as unknown as Record<string, unknown>
  res.status(201).json({ invitation: Object.fromEntries(STORE_INVITATION_FIELDS.map((field) => [field, invitation[field]])) })
}
