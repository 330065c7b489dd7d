import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../../../lib/portal-actor"
import { sendThreadAttachment } from "../../../../../../../lib/support/attachment-access"
import { findVisibleThread } from "../../../../../../../lib/support/threads"

export { AUTHENTICATE } from "../../../../authenticate-client"

/** A file of a thread, only to those who may see the thread. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const thread = await findVisibleThread(req.scope, actor, req.params.id)
  await sendThreadAttachment(req, res, thread.id, req.params.attachmentId, "client")
}
