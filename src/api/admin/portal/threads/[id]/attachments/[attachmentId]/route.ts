import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendThreadAttachment } from "../../../../../../../lib/support/attachment-access"

/** A file of a thread, for staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await sendThreadAttachment(req, res, req.params.id, req.params.attachmentId, "staff")
}
