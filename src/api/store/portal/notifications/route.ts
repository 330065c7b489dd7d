import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../lib/portal-actor"
import { NOTIFICATION_FIELDS, notifiedMember, presentNotification, supportOf } from "../../../../lib/notifications/centre"
import type { StoreListNotificationsType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/**
 * The member's notification centre, the latest first, with the count of those unread (the navigation's
 * badge: `?limit=1`). A secure link stands for no member: its centre is empty.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListNotificationsType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { unread } = req.validatedQuery as StoreListNotificationsType
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const member = notifiedMember(actor)
  if (!member) {
    res.json({ notifications: [], count: 0, offset: skip, limit: take, unread_count: 0 })
    return
  }
  const support = supportOf(req.scope)
  const filter = { member_id: member, account_id: actor.account_id, ...(unread === "true" ? { read_at: null } : unread === "false" ? { read_at: { $ne: null } } : {}) }
  const [[rows, count], unreadCount] = await Promise.all([
    support.listAndCountClientNotifications(filter, { select: NOTIFICATION_FIELDS, skip, take, order: { created_at: "DESC", id: "DESC" } }),
    support.countUnreadNotifications(member, actor.account_id),
  ])
  res.json({ notifications: rows.map(presentNotification), count, offset: skip, limit: take, unread_count: unreadCount })
}
