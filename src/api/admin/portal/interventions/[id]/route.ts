import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findIntervention, interventionNotFound, presentAdminIntervention } from "../../../../../lib/field-service/interventions"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const intervention = await findIntervention(req.scope, req.params.id)
  if (!intervention) throw interventionNotFound(req.params.id)
  res.json({ intervention: await presentAdminIntervention(req.scope, intervention) })
}
