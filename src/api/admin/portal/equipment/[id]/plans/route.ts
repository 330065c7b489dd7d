import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createMaintenancePlanWorkflow } from "../../../../../../workflows/fleet/maintenance"
import { presentPlan } from "../../../../../../lib/fleet/present-plan"
import type { AdminCreatePlanType } from "../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminCreatePlanType>, res: MedusaResponse) {
  const { result } = await createMaintenancePlanWorkflow(req.scope).run({
    input: { ...req.validatedBody, equipment_id: req.params.id },
  })
  res.status(201).json({ plan: await presentPlan(req.scope, result.id) })
}
