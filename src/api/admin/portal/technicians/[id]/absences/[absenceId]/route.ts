import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeTechnicianAbsenceWorkflow } from "../../../../../../../workflows/field-service/technicians"

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await removeTechnicianAbsenceWorkflow(req.scope).run({ input: { technician_id: req.params.id, id: req.params.absenceId } })
  res.json({ id: req.params.absenceId, object: "technician_absence", deleted: true })
}
