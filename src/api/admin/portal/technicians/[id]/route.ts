import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteTechnicianWorkflow, updateTechnicianWorkflow } from "../../../../../workflows/field-service/technicians"
import { loadTechnician } from "../present"
import type { AdminUpdateTechnicianType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ technician: await loadTechnician(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateTechnicianType>, res: MedusaResponse) {
  await updateTechnicianWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ technician: await loadTechnician(req, req.params.id) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteTechnicianWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "technician", deleted: true })
}
