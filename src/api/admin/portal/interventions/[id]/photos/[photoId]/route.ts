import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findIntervention, interventionNotFound } from "../../../../../../../lib/field-service/interventions"
import { sendInterventionPhoto } from "../../../../../../../lib/field-service/photos"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const intervention = await findIntervention(req.scope, req.params.id)
  if (!intervention) throw interventionNotFound(req.params.id)
  await sendInterventionPhoto(req, res, intervention, req.params.photoId)
}
