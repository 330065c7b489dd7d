import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCan, getPortalActor, granterOf } from "../../../../../lib/portal-actor"
import { removeAccountMemberWorkflow } from "../../../../../workflows/client-account/remove-account-member"
import { updateAccountMemberWorkflow } from "../../../../../workflows/client-account/update-account-member"
import type { StoreUpdateMemberType } from "../validators"

export { AUTHENTICATE } from "../../authenticate-client"

/**
 * An account admin changes a colleague's role or sites, within their own access (never their own); the
 * account keeps at least one admin.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateMemberType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
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
  assertCan(actor, "manage_users")
  await removeAccountMemberWorkflow(req.scope).run({
    input: { id: req.params.id, account_id: actor.account_id, removed_by: granterOf(actor) },
  })
  res.json({ id: req.params.id, object: "member", deleted: true })
}
