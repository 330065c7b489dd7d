import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../../../lib/portal-actor"
import { sendThreadAttachment } from "../../../../../../../lib/support/attachment-access"
import { findVisibleTicket } from "../../../../../../../lib/support/threads"

export { AUTHENTICATE } from "../../../../authenticate-client"

/** A file of the ticket's thread, only to the account that owns it (and within the caller's sites). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const ticket = await findVisibleTicket(req.scope, actor, req.params.id)
  await sendThreadAttachment(req, res, ticket.thread_id, req.params.attachmentId, "client")
}
