import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addTechnicianAbsenceWorkflow } from "../../../../../../workflows/field-service/technicians"
import type { AdminCreateAbsenceType } from "../../validators"
import { loadTechnician } from "../../present"

/** Staff record an absence (leave, training): the booking assistant proposes no slot in it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminCreateAbsenceType>, res: MedusaResponse) {
  await addTechnicianAbsenceWorkflow(req.scope).run({ input: { technician_id: req.params.id, ...req.validatedBody } })
  res.status(201).json({ technician: await loadTechnician(req, req.params.id) })
}
