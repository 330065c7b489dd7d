import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor, recordScope } from "../../../../../../../lib/portal-actor"
import { memberLocale } from "../../../../../../../lib/reader-locale"
import { sendSlipPdf } from "../../../../../../../lib/rental/slip-pdf"

export { AUTHENTICATE } from "../../../../authenticate-client"

/** An exit or return slip's PDF in the member's language; another account's rental answers 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  await sendSlipPdf(req, res, recordScope(actor), await memberLocale(req.scope, actor.customer_id, actor.account_id))
}
