import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteMaintenancePlanWorkflow, updateMaintenancePlanWorkflow } from "../../../../../../../workflows/fleet/maintenance"
import { presentPlan } from "../../../../../../../lib/fleet/present-plan"
import type { AdminUpdatePlanType } from "../../../validators"

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdatePlanType>, res: MedusaResponse) {
  await updateMaintenancePlanWorkflow(req.scope).run({
    input: { ...req.validatedBody, id: req.params.planId, equipment_id: req.params.id },
  })
  res.json({ plan: await presentPlan(req.scope, req.params.planId) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteMaintenancePlanWorkflow(req.scope).run({ input: { id: req.params.planId, equipment_id: req.params.id } })
  res.json({ id: req.params.planId, object: "maintenance_plan", deleted: true })
}
