import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createMeterWorkflow } from "../../../../../../workflows/fleet/maintenance"
import type { AdminCreateMeterType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminCreateMeterType>, res: MedusaResponse) {
  const { result } = await createMeterWorkflow(req.scope).run({ input: { ...req.validatedBody, equipment_id: req.params.id } })
  res.status(201).json({ meter: { ...result, last_reading: null, average_daily_use: null } })
}
