import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteInterventionTypeWorkflow, updateInterventionTypeWorkflow } from "../../../../../workflows/field-service/intervention-types"
import { loadType } from "../present"
import type { AdminUpdateInterventionTypeType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ intervention_type: await loadType(req, req.params.id) })
}

export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateInterventionTypeType>, res: MedusaResponse) {
  await updateInterventionTypeWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody } })
  res.json({ intervention_type: await loadType(req, req.params.id) })
}

/** Removes a type no intervention uses; a type in use is hidden from the portal instead (400 says so). */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await deleteInterventionTypeWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "intervention_type", deleted: true })
}
