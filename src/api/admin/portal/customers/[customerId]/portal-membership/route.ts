import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../../modules/clientAccount/service"
import { ACCOUNT_FIELDS, MEMBER_FIELDS, SECURE_LINK_FIELDS } from "../../../accounts/middlewares"

/**
 * For the widget on Medusa's customer page: the customer's membership with its account and the account's
 * active secure links, or `{ membership: null }` when the customer belongs to no client account.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [member] = await service.listAccountMembers(
    { customer_id: req.params.customerId },
    { select: [...MEMBER_FIELDS, ...ACCOUNT_FIELDS.map((f) => `account.${f}`)], relations: ["account"] }
  )
  if (!member) {
    res.json({ membership: null })
    return
  }
  const secure_links = await service.listSecureLinks(
    { account_id: member.account.id, revoked_at: null, expires_at: { $gt: new Date() } },
    { select: SECURE_LINK_FIELDS, order: { created_at: "DESC" }, take: 20 }
  )
  const { account, ...rest } = member
  res.json({ membership: { member: rest, account, secure_links } })
}
