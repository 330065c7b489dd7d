import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setRentalUnitActiveWorkflow } from "../../../../../../workflows/rental/rental-catalogue"
import { loadAdminUnit } from "../../catalogue-helpers"
import type { AdminUpdateRentalUnitType } from "../../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ unit: await loadAdminUnit(req.scope, req.params.id) })
}

/** Takes a unit out of the rentable fleet, or back in. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateRentalUnitType>, res: MedusaResponse) {
  await loadAdminUnit(req.scope, req.params.id)
  await setRentalUnitActiveWorkflow(req.scope).run({ input: { id: req.params.id, active: req.validatedBody.active } })
  res.json({ unit: await loadAdminUnit(req.scope, req.params.id) })
}
