import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { answerConflict } from "../../../../../lib/conflict-response"
import { MedusaError } from "@medusajs/framework/utils"
import { loadEquipmentDetail } from "../../../../../lib/fleet/equipment-detail"
import { presentEquipmentDetail } from "../../../../../lib/fleet/present-equipment"
import { deleteEquipmentWorkflow, updateEquipmentWorkflow } from "../../../../../workflows/fleet/equipment"
import type { AdminUpdateEquipmentType } from "../validators"

async function presentDetail(req: AuthenticatedMedusaRequest) {
  const detail = await loadEquipmentDetail(req.scope, { id: req.params.id })
  if (!detail) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Equipment with id: ${req.params.id} was not found`)
  return presentEquipmentDetail(req.scope, detail, "/admin/portal/equipment", { withAccount: true })
}

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ equipment: await presentDetail(req) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateEquipmentType>, res: MedusaResponse) {
  const run = await answerConflict(res, () =>
    updateEquipmentWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  )
  if (!run) return
  res.json({ equipment: await presentDetail(req) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteEquipmentWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "equipment", deleted: true })
}
