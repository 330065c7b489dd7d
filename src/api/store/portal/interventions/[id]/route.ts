import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentStoreIntervention } from "../../../../../lib/field-service/interventions"
import { fieldServiceSettings } from "../../../../../lib/field-service/settings"
import { findVisibleIntervention } from "../visible-intervention"

export { AUTHENTICATE } from "../../authenticate-client"

/** One intervention of the caller's scope: timeline, window, technician, report, and what the client may do now. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { intervention } = await findVisibleIntervention(req)
  res.json({ intervention: await presentStoreIntervention(req.scope, intervention, await fieldServiceSettings(req.scope)) })
}
