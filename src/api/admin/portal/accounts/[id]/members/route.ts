import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { listMembersWithCustomers } from "../../../../../../lib/account-members"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../../modules/clientAccount/service"
import { createAccountMemberWorkflow } from "../../../../../../workflows/client-account/create-account-member"
import { inviteAccountMemberWorkflow } from "../../../../../../workflows/client-account/invite-account-member"
import type { AdminCreateMemberType, AdminListMembersType } from "../../validators"
import { answerConflict } from "../../../../../../lib/conflict-response"

/** The account's members with their customer's e-mail, names and phone. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListMembersType>, res: MedusaResponse) {
  await req.scope
    .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    .retrieveClientAccount(req.params.id, { select: ["id"] })
  const { skip = 0, take = 50, order } = req.queryConfig.pagination
  const [members, count] = await listMembersWithCustomers(req.scope, req.params.id, {
    select: req.queryConfig.fields,
    skip,
    take,
    order,
  })
  res.json({ members, count, offset: skip, limit: take })
}

/** Adds a member (an existing customer, or a new one from e-mail and names); `invite: true` mails them. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateMemberType>, res: MedusaResponse) {
  const { invite, ...member } = req.validatedBody
  const input = { ...member, account_id: req.params.id }
  if (invite) {
    const user = await req.scope.resolve(Modules.USER).retrieveUser(req.auth_context.actor_id)
    const invited = await answerConflict(res, () =>
      inviteAccountMemberWorkflow(req.scope).run({
        input: {
          ...input,
          invited_by: { user_id: req.auth_context.actor_id },
          inviter_name: [user.first_name, user.last_name].filter(Boolean).join(" ") || null,
        },
      })
    )
    if (invited) res.status(201).json({ member: invited.result.member, email: invited.result.email })
    return
  }
  const created = await answerConflict(res, () => createAccountMemberWorkflow(req.scope).run({ input }))
  if (created) res.status(201).json({ member: created.result })
}
