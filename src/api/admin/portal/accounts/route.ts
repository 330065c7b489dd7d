import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { createClientAccountWorkflow } from "../../../../workflows/client-account/create-client-account"
import type { AdminCreateClientAccountType, AdminListClientAccountsType } from "./validators"
import { answerConflict } from "../../../../lib/conflict-response"

/** Client accounts, searchable by number and name, each with its member count. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListClientAccountsType>, res: MedusaResponse) {
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const { q, portal_enabled } = req.validatedQuery
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const [accounts, count] = await service.listAndCountClientAccounts(
    { ...(q ? { q } : {}), ...(portal_enabled !== undefined ? { portal_enabled } : {}) },
    { select: [...new Set([...req.queryConfig.fields, "id"])], skip, take, order: order ?? { name: "ASC" } }
  )
  const members = accounts.length
    ? await service.listAccountMembers({ account_id: accounts.map((a) => a.id) }, { select: ["id", "account_id"] })
    : []
  res.json({
    client_accounts: accounts.map((account) => ({
      ...account,
      member_count: members.filter((m) => (m as unknown as { account_id: string }).account_id === account.id).length,
    })),
    count,
    offset: skip,
    limit: take,
  })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateClientAccountType>, res: MedusaResponse) {
  const run = await answerConflict(res, () => createClientAccountWorkflow(req.scope).run({ input: req.validatedBody }))
  if (run) res.status(201).json({ client_account: run.result })
}
