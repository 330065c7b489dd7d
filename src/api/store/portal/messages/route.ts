import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertCan, getPortalActor } from "../../../../lib/portal-actor"
import { describeClient } from "../../../../lib/quotes/actors"
import { assertUploads } from "../../../../lib/support/attachments"
import { presentInboxRow, storeThreadDetail } from "../../../../lib/support/inbox"
import { markThreadRead, readerOf, recordsReads, supportOf } from "../../../../lib/support/threads"
import { supportSettings } from "../../../../lib/support/tickets"
import { startThreadWorkflow } from "../../../../workflows/support/start-thread"
import type { StoreContactType, StoreListInboxType } from "./validators"

export { AUTHENTICATE } from "../authenticate-client"

/**
 * The member's inbox: tickets' threads, announcements and conversations, the latest first, with unread
 * counts per thread and in all (`unread_count`, for the navigation). The threads listed are recorded as
 * delivered to the member (shown in the portal): one update, and only when the page holds receipts not yet
 * delivered (the inbox tells which), so the inbox shown again writes nothing.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListInboxType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const { kind, unread } = req.validatedQuery as StoreListInboxType
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const support = supportOf(req.scope)
  const page = await support.inbox(readerOf(actor), { kind, unread: unread === "true", limit: take, offset: skip })
  if (recordsReads(actor) && page.undelivered_thread_ids.length) {
    await support.recordReceipts(actor.member_id, page.undelivered_thread_ids, { read: false, via: "portal" })
  }
  res.json({ messages: page.rows.map(presentInboxRow), count: page.count, offset: skip, limit: take, unread_count: page.unread_count })
}

/** "Contact us": a member writes to the business; staff are alerted. */
export async function POST(req: AuthenticatedMedusaRequest<StoreContactType>, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  assertCan(actor, "request")
  assertUploads(req.validatedBody.attachments, (await supportSettings(req.scope)).attachment_max_bytes)
  const client = await describeClient(req, actor)
  const { result } = await startThreadWorkflow(req.scope).run({
    input: {
      account_id: actor.account_id,
      kind: "conversation",
      subject: req.validatedBody.subject,
      body: req.validatedBody.body,
      recipient_member_ids: [],
      author: { type: "member", id: actor.member_id, name: client.name },
      attachments: req.validatedBody.attachments,
    },
  })
  // The writer's own message is not news to them.
  await markThreadRead(req.scope, actor, result.thread.id)
  res.status(201).json({ message: await storeThreadDetail(req.scope, actor, result.thread.id) })
}
