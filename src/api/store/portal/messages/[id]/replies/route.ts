import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertCan, getPortalActor } from "../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { assertUploads } from "../../../../../../lib/support/attachments"
import { findVisibleThread, loadMessages, presentStoreMessage, supportOf } from "../../../../../../lib/support/threads"
import { CLIENT_CAN, supportSettings } from "../../../../../../lib/support/tickets"
import { postMessageWorkflow } from "../../../../../../workflows/support/post-message"
import type { StoreReplyType } from "../../../tickets/validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/** A member answers in a thread (an announcement, a conversation, or a ticket's thread). */
export async function POST(req: AuthenticatedMedusaRequest<StoreReplyType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const thread = await findVisibleThread(req.scope, actor, req.params.id)
  assertCan(actor, "request")
  const [ticket] = thread.ticket_id ? await supportOf(req.scope).listTickets({ id: thread.ticket_id }) : []
  if (ticket && !CLIENT_CAN.reply(ticket.status)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "status: the ticket is closed; reopen it to answer")
  assertUploads(req.validatedBody.attachments, (await supportSettings(req.scope)).attachment_max_bytes)
  const client = await describeClient(req, actor)
  const { result } = await postMessageWorkflow(req.scope).run({
    input: {
      thread_id: thread.id,
      account_id: actor.account_id,
      author: { type: "member", id: actor.member_id, name: client.name },
      body: req.validatedBody.body,
      internal: false,
      attachments: req.validatedBody.attachments,
      ticket: ticket ? { id: ticket.id, number: ticket.number, status: ticket.status, assignee_id: ticket.assignee_id } : null,
    },
  })
  const [message] = (await loadMessages(req.scope, thread.id, "client")).filter((m) => m.id === result.id)
  res.status(201).json({ message: presentStoreMessage(message, actor, `/store/portal/messages/${thread.id}/attachments`, new Map()) })
}
