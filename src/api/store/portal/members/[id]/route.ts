import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertCan, getPortalActor } from "../../../../../lib/portal-actor"
import { removeAccountMemberWorkflow } from "../../../../../workflows/client-account/remove-account-member"
import { updateAccountMemberWorkflow } from "../../../../../workflows/client-account/update-account-member"
import type { StoreUpdateMemberType } from "../validators"

export { AUTHENTICATE } from "../../authenticate-client"

/** An account admin changes a colleague's role or sites; the account keeps at least one admin. */
export async function POST(req: AuthenticatedMedusaRequest<StoreUpdateMemberType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "manage_users")
  const { result } = await updateAccountMemberWorkflow(req.scope).run({
    input: { id: req.params.id, account_id: actor.account_id, ...req.validatedBody, keep_an_admin: true },
  })
  const { id, role, is_payer, site_ids } = result
  res.json({ member: { id, role, is_payer, site_ids } })
}

/** An account admin removes a colleague: not themselves, and never the account's last admin. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "manage_users")
  if (req.params.id === actor.member_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "id: you cannot remove yourself from the account")
  }
  await removeAccountMemberWorkflow(req.scope).run({
    input: { id: req.params.id, account_id: actor.account_id, removed_by: { member_id: actor.member_id! } },
  })
  res.json({ id: req.params.id, object: "member", deleted: true })
}
