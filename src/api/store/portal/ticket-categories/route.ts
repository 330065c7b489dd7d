import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../lib/portal-actor"
import { supportOf } from "../../../../lib/support/threads"

export { AUTHENTICATE } from "../authenticate-client"

/** The categories a ticket may be opened in (routing rules and assignees are staff's business). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  await getPortalActor(req)
  const categories = await supportOf(req.scope).listTicketCategories({ active: true }, { select: ["id", "name", "description"], order: { rank: "ASC", name: "ASC" } })
  res.json({ ticket_categories: categories.map(({ id, name, description }) => ({ id, name, description })) })
}
