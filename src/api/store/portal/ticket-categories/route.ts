import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../lib/portal-actor"
import { readerLocale } from "../../../../lib/reader-locale"
import { localizeCategory } from "../../../../lib/support/categories"
import { supportOf } from "../../../../lib/support/threads"

export { AUTHENTICATE } from "../authenticate-client"

/**
 * The categories a ticket may be opened in, in the reader's language (routing rules and assignees are
 * staff's business).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const [categories, locale] = await Promise.all([
    supportOf(req.scope).listTicketCategories({ active: true }, { select: ["id", "name", "description", "translations"], order: { rank: "ASC", name: "ASC" } }),
    readerLocale(req, actor),
  ])
  res.json({ ticket_categories: categories.map((c) => localizeCategory(c, locale)) })
}
