import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../lib/portal-actor"
import { assertOwnSession, supportOf } from "../../../../../lib/notifications/centre"
import { markNotificationsReadWorkflow } from "../../../../../workflows/support/notifications"

export { AUTHENTICATE } from "../../authenticate-client"

/** "Mark all read": every notification of the member's centre. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const member = assertOwnSession(actor)
  const { result } = await markNotificationsReadWorkflow(req.scope).run({ input: { member_id: member, account_id: actor.account_id, ids: null } })
  res.json({ marked: result.length, unread_count: await supportOf(req.scope).countUnreadNotifications(member, actor.account_id) })
}
