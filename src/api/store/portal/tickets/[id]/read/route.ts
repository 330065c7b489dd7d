import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../../lib/portal-actor"
import { readerLocale } from "../../../../../../lib/reader-locale"
import { findVisibleTicket, markThreadRead } from "../../../../../../lib/support/threads"
import { storeTicketDetail } from "../../../../../../lib/support/tickets"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * The member opened the ticket: the messages of its thread addressed to them are read (staff see when).
 * The portal calls it from the browser once the page is shown, never while rendering or prefetching.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const ticket = await findVisibleTicket(req.scope, actor, req.params.id)
  await markThreadRead(req.scope, actor, ticket.thread_id)
  res.json({ ticket: await storeTicketDetail(req.scope, actor, ticket.id, await readerLocale(req, actor)) })
}
