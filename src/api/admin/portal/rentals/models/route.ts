import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadRentalModels } from "../../../../../lib/rental/models"
import { saveRentalModelWorkflow } from "../../../../../workflows/rental/rental-catalogue"
import { loadAdminModel, presentAdminModel } from "../catalogue-helpers"
import type { AdminCreateRentalModelType } from "../validators"

/** Rental models with their rates and number of units. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, { q?: string }>, res: MedusaResponse) {
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const { models, count } = await loadRentalModels(req.scope, { skip, take, q: req.validatedQuery.q })
  res.json({ models: models.map(presentAdminModel), count, offset: skip, limit: take })
}

/** Offers a catalogue variant for rent, with its buffer and rates per currency. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateRentalModelType>, res: MedusaResponse) {
  const { result } = await saveRentalModelWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ model: await loadAdminModel(req.scope, result) })
}
