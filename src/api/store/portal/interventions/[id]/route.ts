import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findVisibleIntervention, presentForClient } from "../visible-intervention"

export { AUTHENTICATE } from "../../authenticate-client"

/** One intervention of the caller's scope: timeline, window, technician, report, and what the client may do now. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { actor, intervention } = await findVisibleIntervention(req)
  res.json({ intervention: await presentForClient(req, actor, intervention) })
}
