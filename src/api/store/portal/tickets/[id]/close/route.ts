import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { assertCan, getPortalActor } from "../../../../../../lib/portal-actor"
import { describeClient } from "../../../../../../lib/quotes/actors"
import { readerLocale } from "../../../../../../lib/reader-locale"
import { findVisibleTicket } from "../../../../../../lib/support/threads"
import { CLIENT_CAN, storeTicketDetail } from "../../../../../../lib/support/tickets"
import { changeTicketWorkflow } from "../../../../../../workflows/support/change-ticket"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The client closes their ticket (solved, or no longer needed). */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const ticket = await findVisibleTicket(req.scope, actor, req.params.id)
  assertCan(actor, "request")
  if (!CLIENT_CAN.close(ticket.status)) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "status: the ticket is already closed")
  const client = await describeClient(req, actor)
  const run = await answerConflict(res, () =>
    changeTicketWorkflow(req.scope).run({
      input: {
        id: ticket.id,
        account_id: actor.account_id,
        number: ticket.number,
        from_status: ticket.status,
        status: "closed",
        by: { kind: "client_close", name: client.name, assignee_id: ticket.assignee_id },
      },
    })
  )
  if (!run) return
  res.json({ ticket: await storeTicketDetail(req.scope, actor, ticket.id, await readerLocale(req, actor)) })
}
