import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendThreadAttachment } from "../../../../../../../lib/support/attachment-access"
import { supportOf } from "../../../../../../../lib/support/threads"

/** A file of a ticket's thread, for staff. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [ticket] = await supportOf(req.scope).listTickets({ id: req.params.id }, { select: ["id", "thread_id"] })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${req.params.id} was not found`)
  await sendThreadAttachment(req, res, ticket.thread_id, req.params.attachmentId, "staff")
}
