import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertCan, getPortalActor, granterOf, type PortalActor } from "../../../../../lib/portal-actor"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../modules/clientAccount/service"
import { removeAccountMemberWorkflow } from "../../../../../workflows/client-account/remove-account-member"
import { updateAccountMemberWorkflow } from "../../../../../workflows/client-account/update-account-member"
import type { StoreUpdateMemberType } from "../validators"

export { AUTHENTICATE } from "../../authenticate-client"

/**
 * Another account's member answers 404 before anything is said about the caller's rights, exactly like a
 * missing one, so a refusal never tells that the id exists.
 */
async function assertColleague(req: AuthenticatedMedusaRequest, actor: PortalActor) {
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [member] = await service.listAccountMembers({ id: req.params.id, account_id: actor.account_id }, { select: ["id"] })
  if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${req.params.id} was not found`)
}

/**
 * An account admin changes a colleague's role or sites, within their own access (never their own); the
 * account keeps at least one admin.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateMemberType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  await assertColleague(req, actor)
  assertCan(actor, "manage_users")
  const { result } = await updateAccountMemberWorkflow(req.scope).run({
    input: { id: req.params.id, account_id: actor.account_id, ...req.validatedBody, keep_an_admin: true, granted_by: granterOf(actor) },
  })
  const { id, role, is_payer, site_ids } = result
  res.json({ member: { id, role, is_payer, site_ids } })
}

/** An account admin removes a colleague within their own access: not themselves, never the last admin. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  await assertColleague(req, actor)
  assertCan(actor, "manage_users")
  await removeAccountMemberWorkflow(req.scope).run({
    input: { id: req.params.id, account_id: actor.account_id, removed_by: granterOf(actor) },
  })
  res.json({ id: req.params.id, object: "member", deleted: true })
}
