import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../lib/conflict-response"
import { presentEquipmentDetail } from "../../../../../lib/fleet/present-equipment"
import { findEquipment } from "../../../../../workflows/fleet/steps/load-equipment"
import { deleteEquipmentWorkflow, updateEquipmentWorkflow } from "../../../../../workflows/fleet/equipment"
import type { AdminUpdateEquipmentType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const row = await findEquipment(req.scope, req.params.id)
  res.json({ equipment: await presentEquipmentDetail(req.scope, row, "/admin/portal/equipment", { withAccount: true }) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateEquipmentType>, res: MedusaResponse) {
  const run = await answerConflict(res, () =>
    updateEquipmentWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  )
  if (!run) return
  const row = await findEquipment(req.scope, req.params.id)
  res.json({ equipment: await presentEquipmentDetail(req.scope, row, "/admin/portal/equipment", { withAccount: true }) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteEquipmentWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "equipment", deleted: true })
}
