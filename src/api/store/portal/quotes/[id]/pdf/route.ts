import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { can, getPortalActor, recordScope } from "../../../../../../lib/portal-actor"
import { sendQuotePdf } from "../../../../../../lib/quotes/pdf-response"
import type { QuotePdfQueryType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The PDF of a sent version of the account's quote (the latest by default). */
export async function GET(req: AuthenticatedMedusaRequest<unknown, QuotePdfQueryType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  await sendQuotePdf(req, res, { kind: "client", can_approve: can(actor, "approve") }, req.validatedQuery.version, recordScope(actor))
}
