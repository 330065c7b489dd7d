import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findIntervention, presentPhotos } from "../../../../../../lib/field-service/interventions"
import { addInterventionPhotoWorkflow } from "../../../../../../workflows/field-service/add-intervention-photo"
import type { AdminAddInterventionPhotoType } from "../../validators"

/** Staff attach a photo of the visit (stored private; clients get it through the portal's checked route). */
export async function POST(req: AuthenticatedMedusaRequest<AdminAddInterventionPhotoType>, res: MedusaResponse) {
  const { result } = await addInterventionPhotoWorkflow(req.scope).run({ input: { ...req.validatedBody, intervention_id: req.params.id } })
  const intervention = await findIntervention(req.scope, req.params.id)
  const photo = presentPhotos(intervention!, "/admin/portal/interventions").find((p) => p.id === result.id)
  res.status(201).json({ photo })
}
