import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { assertCan, getPortalActor } from "../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { readerLocale } from "../../../../../../lib/reader-locale"
import { reopenUntil, slaDueAt } from "../../../../../../lib/support/routing"
import { findVisibleTicket } from "../../../../../../lib/support/threads"
import { CLIENT_CAN, storeTicketDetail, supportSettings } from "../../../../../../lib/support/tickets"
import { changeTicketWorkflow } from "../../../../../../workflows/support/change-ticket"
import { postMessageWorkflow } from "../../../../../../workflows/support/post-message"
import type { StoreReopenTicketType } from "../../validators"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * The client reopens a resolved or closed ticket within the window the settings give; it is due again as a
 * new ticket of its priority would be, and the assignee is alerted. The reason, if given, joins the thread.
 */
export async function POST(req: AuthenticatedMedusaRequest<StoreReopenTicketType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const ticket = await findVisibleTicket(req.scope, actor, req.params.id)
  assertCan(actor, "request")
  const settings = await supportSettings(req.scope)
  const until = reopenUntil(ticket, settings)
  if (!CLIENT_CAN.reopen(ticket.status, until)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      until ? `status: the ticket could be reopened until ${until.toISOString()}` : "status: only a resolved or closed ticket can be reopened"
    )
  }
  const client = await describeClient(req, actor)
  const run = await answerConflict(res, () =>
    changeTicketWorkflow(req.scope).run({
      input: {
        id: ticket.id,
        account_id: actor.account_id,
        number: ticket.number,
        from_status: ticket.status,
        status: "open",
        sla_due_at: slaDueAt(ticket.priority, settings, new Date()),
        reopened_count: ticket.reopened_count + 1,
        by: { kind: "client_reopen", name: client.name, assignee_id: ticket.assignee_id },
      },
    })
  )
  if (!run) return
  const reason = req.validatedBody.reason?.trim()
  if (reason) {
    await postMessageWorkflow(req.scope).run({
      input: {
        thread_id: ticket.thread_id,
        account_id: actor.account_id,
        author: { type: "member", id: actor.member_id, name: client.name },
        body: reason,
        internal: false,
        attachments: [],
        ticket: { id: ticket.id, number: ticket.number, status: "open", assignee_id: ticket.assignee_id },
        // The reopening's own alert already tells the assignee.
        quiet: true,
      },
    })
  }
  res.json({ ticket: await storeTicketDetail(req.scope, actor, ticket.id, await readerLocale(req, actor)) })
}
