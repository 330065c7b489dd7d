import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { listMembersWithCustomers } from "../../../../lib/account-members"
import { assertCan, getPortalActor, granterOf } from "../../../../lib/portal-actor"
import { inviteAccountMemberWorkflow } from "../../../../workflows/client-account/invite-account-member"
import type { StoreInviteMemberType, StoreListMembersType } from "./validators"
import { answerConflict } from "../../../../lib/conflict-response"

export { AUTHENTICATE } from "../authenticate-client"

/** The members of the caller's account; every member may see who their colleagues are. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListMembersType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const [listed, count] = await listMembersWithCustomers(req.scope, actor.account_id, {
    select: req.queryConfig.fields,
    skip,
    take,
    order,
  })
  // A secure-link visitor is not a person of the account: they see names, never contact details.
  const members = actor.kind === "link" ? listed.map((m) => ({ ...m, customer: m.customer && { ...m.customer, email: null, phone: null } })) : listed
  res.json({ members, count, offset: skip, limit: take })
}

/** An account admin invites a colleague (created as a Medusa customer when new); staff are told by event. */
export async function POST(req: AuthenticatedMedusaRequest<StoreInviteMemberType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "manage_users")
  const inviter = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(actor.customer_id!)
  const run = await answerConflict(res, () =>
    inviteAccountMemberWorkflow(req.scope).run({
      input: {
        ...req.validatedBody,
        account_id: actor.account_id,
        invited_by: granterOf(actor),
        inviter_name: [inviter.first_name, inviter.last_name].filter(Boolean).join(" ") || null,
      },
    })
  )
  if (!run) return
  const member = run.result.member
  const customer = await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(member.customer_id)
  res.status(201).json({
    member: {
      id: member.id,
      role: member.role,
      is_payer: member.is_payer,
      site_ids: member.site_ids,
      invited_at: member.invited_at,
      customer: { email: customer.email, first_name: customer.first_name, last_name: customer.last_name, phone: customer.phone },
    },
  })
}
