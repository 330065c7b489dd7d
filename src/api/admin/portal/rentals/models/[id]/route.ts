import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { saveRentalModelWorkflow } from "../../../../../../workflows/rental/rental-catalogue"
import { loadAdminModel } from "../../catalogue-helpers"
import type { AdminUpdateRentalModelType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ model: await loadAdminModel(req.scope, req.params.id) })
}

/** Edits a model; `rates`, when given, replaces its rates. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateRentalModelType>, res: MedusaResponse) {
  await loadAdminModel(req.scope, req.params.id)
  await saveRentalModelWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ model: await loadAdminModel(req.scope, req.params.id) })
}
