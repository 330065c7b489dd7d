import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../modules/clientAccount/service"
import { deleteClientAccountWorkflow } from "../../../../../workflows/client-account/delete-client-account"
import { updateClientAccountWorkflow } from "../../../../../workflows/client-account/update-client-account"
import { ACCOUNT_FIELDS } from "../middlewares"
import type { AdminUpdateClientAccountType } from "../validators"
import { answerConflict } from "../../../../../lib/conflict-response"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const client_account = await service.retrieveClientAccount(req.params.id, { select: ACCOUNT_FIELDS })
  res.json({ client_account })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateClientAccountType>, res: MedusaResponse) {
  const run = await answerConflict(res, () =>
    updateClientAccountWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  )
  if (run) res.json({ client_account: run.result })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteClientAccountWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "client_account", deleted: true })
}
