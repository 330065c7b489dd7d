import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendPdf } from "../../../../../../lib/billing/reader"
import { findIntervention, interventionNotFound } from "../../../../../../lib/field-service/interventions"
import { interventionReportPdf } from "../../../../../../lib/field-service/report-pdf"
import { memberLocale } from "../../../../../../lib/reader-locale"

/** The report PDF of a done visit as the client receives it, in the account's language. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const intervention = await findIntervention(req.scope, req.params.id)
  if (!intervention) throw interventionNotFound(req.params.id)
  if (!intervention.report) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Intervention ${intervention.number} has no report yet`)
  const locale = await memberLocale(req.scope, null, intervention.account_id)
  sendPdf(res, await interventionReportPdf(req.scope, intervention, locale), `${intervention.number}.pdf`)
}
