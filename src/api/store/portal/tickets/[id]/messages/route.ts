import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertCan, getPortalActor } from "../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { assertUploads } from "../../../../../../lib/support/attachments"
import { findVisibleTicket, loadMessages, presentStoreMessage } from "../../../../../../lib/support/threads"
import { CLIENT_CAN, supportSettings } from "../../../../../../lib/support/tickets"
import { postMessageWorkflow } from "../../../../../../workflows/support/post-message"
import type { StoreReplyType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The client answers on a ticket (not a closed one); the assignee is alerted. */
export async function POST(req: AuthenticatedMedusaRequest<StoreReplyType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const ticket = await findVisibleTicket(req.scope, actor, req.params.id)
  assertCan(actor, "request")
  if (!CLIENT_CAN.reply(ticket.status)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "status: the ticket is closed; reopen it to answer")
  assertUploads(req.validatedBody.attachments, (await supportSettings(req.scope)).attachment_max_bytes)
  const client = await describeClient(req, actor)
  const { result } = await postMessageWorkflow(req.scope).run({
    input: {
      thread_id: ticket.thread_id,
      account_id: actor.account_id,
      author: { type: "member", id: actor.member_id, name: client.name },
      body: req.validatedBody.body,
      internal: false,
      attachments: req.validatedBody.attachments,
      ticket: { id: ticket.id, number: ticket.number, status: ticket.status, assignee_id: ticket.assignee_id },
    },
  })
  const [message] = (await loadMessages(req.scope, ticket.thread_id, "client")).filter((m) => m.id === result.id)
  res.status(201).json({ message: presentStoreMessage(message, actor, `/store/portal/tickets/${ticket.id}/attachments`, new Map()) })
}
