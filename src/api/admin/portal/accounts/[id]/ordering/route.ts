import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { accountOrdering } from "../../../../../../lib/billing/order-pad"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../../modules/clientAccount/service"
import { saveAccountOrderingWorkflow } from "../../../../../../workflows/billing/save-account-ordering"
import type { AdminSaveAccountOrderingType } from "./validators"

async function assertAccount(req: AuthenticatedMedusaRequest) {
  const [account] = await req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).listClientAccounts({ id: req.params.id }, { select: ["id"] })
  if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Client account ${req.params.id} was not found`)
}

/** The account's ordering terms: approval threshold of portal orders and the salesperson told of them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await assertAccount(req)
  res.json({ ordering: await accountOrdering(req.scope, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminSaveAccountOrderingType>, res: MedusaResponse) {
  await assertAccount(req)
  const { salesperson_id } = req.validatedBody
  if (salesperson_id) {
    const [user] = await req.scope.resolve(Modules.USER).listUsers({ id: salesperson_id }, { select: ["id"] })
    if (!user) throw new MedusaError(MedusaError.Types.INVALID_DATA, "salesperson_id: no staff user has this id")
  }
  await saveAccountOrderingWorkflow(req.scope).run({ input: { account_id: req.params.id, ...req.validatedBody } })
  res.json({ ordering: await accountOrdering(req.scope, req.params.id) })
}
