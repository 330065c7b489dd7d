import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { interventionIcs } from "../../../../../../lib/field-service/intervention-ics"
import { findVisibleIntervention } from "../../visible-intervention"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The visit as an iCalendar file for the client's calendar; an intervention without a window has none (404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { intervention } = await findVisibleIntervention(req)
  if (!intervention.scheduled_start || !intervention.scheduled_end) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Intervention ${intervention.number} has no scheduled visit yet`)
  }
  const ics = await interventionIcs(req.scope, intervention)
  res.setHeader("Content-Type", "text/calendar; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${intervention.number}.ics"`)
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.send(ics)
}
