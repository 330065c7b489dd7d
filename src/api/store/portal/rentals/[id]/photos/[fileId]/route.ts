import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor, recordScope } from "../../../../../../../lib/portal-actor"
import { sendSlipPhoto } from "../../../../../../../lib/rental/slip-pdf"

export { AUTHENTICATE } from "../../../../authenticate-client"

/** A photo of a rental's exit or return slip; another account's rental answers 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  await sendSlipPhoto(req, res, recordScope(actor))
}
