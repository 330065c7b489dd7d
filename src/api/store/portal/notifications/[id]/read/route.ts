import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../../lib/portal-actor"
import { findOwnNotificationToChange, NOTIFICATION_FIELDS, presentNotification, supportOf } from "../../../../../../lib/notifications/centre"
import { markNotificationsReadWorkflow } from "../../../../../../workflows/support/notifications"

export { AUTHENTICATE } from "../../../authenticate-client"

/** The member opened one notification: it is read. Another member's notification answers 404; a read-only session, 403. */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { member_id: member } = await findOwnNotificationToChange(req.scope, actor, req.params.id)
  await markNotificationsReadWorkflow(req.scope).run({ input: { member_id: member, account_id: actor.account_id, ids: [req.params.id] } })
  const support = supportOf(req.scope)
  const [row] = await support.listClientNotifications({ id: req.params.id }, { select: NOTIFICATION_FIELDS })
  res.json({ notification: presentNotification(row), unread_count: await support.countUnreadNotifications(member, actor.account_id) })
}
