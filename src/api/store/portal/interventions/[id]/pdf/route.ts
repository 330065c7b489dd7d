import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendPdf } from "../../../../../../lib/billing/reader"
import { interventionReportPdf } from "../../../../../../lib/field-service/report-pdf"
import { memberLocale } from "../../../../../../lib/reader-locale"
import { findVisibleIntervention } from "../../visible-intervention"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The report PDF ("bon d'intervention") of a done visit, in the member's language; none before it is done (404). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { actor, intervention } = await findVisibleIntervention(req)
  if (!intervention.report) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Intervention ${intervention.number} has no report yet`)
  const locale = await memberLocale(req.scope, actor.customer_id, intervention.account_id)
  sendPdf(res, await interventionReportPdf(req.scope, intervention, locale), `${intervention.number}.pdf`)
}
