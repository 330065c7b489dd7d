import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createRentalUnitWorkflow } from "../../../../../workflows/rental/rental-catalogue"
import { loadAdminUnit, loadAdminUnits } from "../catalogue-helpers"
import type { AdminCreateRentalUnitType, AdminListUnitsType } from "../validators"

/** Rental units (of one model with `model_id`), with serial numbers and maintenance blocks to come. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListUnitsType>, res: MedusaResponse) {
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const filters = req.validatedQuery.model_id ? { rental_model_id: req.validatedQuery.model_id } : {}
  const [units, count] = await loadAdminUnits(req.scope, filters, { skip, take })
  res.json({ units, count, offset: skip, limit: take })
}

/** A new unit: the business's machine in the fleet (serial number, meter) tied to a model. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateRentalUnitType>, res: MedusaResponse) {
  const { result } = await createRentalUnitWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ unit: await loadAdminUnit(req.scope, result) })
}
