import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendQuotePdf } from "../../../../../../lib/quotes/pdf-response"
import type { QuotePdfQueryType } from "../../../../../store/portal/quotes/validators"

/** The PDF of any version, the draft included (staff check it before sending). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, QuotePdfQueryType>, res: MedusaResponse) {
  await sendQuotePdf(req, res, { kind: "staff" }, req.validatedQuery.version)
}
