import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addRentalBlockWorkflow } from "../../../../../../../workflows/rental/rental-catalogue"
import { loadAdminUnit } from "../../../catalogue-helpers"
import type { AdminCreateBlockType } from "../../../validators"

/** Blocks a unit for maintenance over a period. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateBlockType>, res: MedusaResponse) {
  await loadAdminUnit(req.scope, req.params.id)
  const { starts_at, ends_at, reason } = req.validatedBody
  await addRentalBlockWorkflow(req.scope).run({ input: { unit_id: req.params.id, starts_at: starts_at.toISOString(), ends_at: ends_at.toISOString(), reason: reason ?? null } })
  res.status(201).json({ unit: await loadAdminUnit(req.scope, req.params.id) })
}
