import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { readerLocale } from "../../../../../lib/reader-locale"
import { storeTicketDetail } from "../../../../../lib/support/tickets"

export { AUTHENTICATE } from "../../authenticate-client"

/** A ticket with its thread; opening it marks its messages delivered and read for the member. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  res.json({ ticket: await storeTicketDetail(req.scope, actor, req.params.id, await readerLocale(req, actor)) })
}
