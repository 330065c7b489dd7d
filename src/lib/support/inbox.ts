import type { MedusaContainer } from "@medusajs/framework/types"
import type { StoreThreadDetail, StoreThreadSummary } from "../../modules/support/contract"
import type { InboxRow } from "../../modules/support/service"
import type { PortalActor } from "../portal-actor"
import { presentAttachment } from "./attachments"
import { findVisibleThread, loadMessages, ownReceipts, presentStoreMessage } from "./threads"

export const presentInboxRow = (row: InboxRow): StoreThreadSummary => ({
  id: row.id,
  kind: row.kind,
  subject: row.subject,
  site_id: row.site_id,
  ticket_id: row.ticket_id,
  last_message_at: new Date(row.last_message_at).toISOString(),
  last_message_preview: row.last_message_preview,
  unread_count: Number(row.unread_count ?? 0),
})

/** One thread as a member reads it. Reading writes nothing: opening it is POST …/read (`markThreadRead`). */
export async function storeThreadDetail(scope: MedusaContainer, actor: PortalActor, id: string): Promise<StoreThreadDetail> {
  const thread = await findVisibleThread(scope, actor, id)
  const [messages, receipts] = await Promise.all([loadMessages(scope, thread.id, "client"), ownReceipts(scope, actor, thread.id)])
  const base = `/store/portal/messages/${thread.id}/attachments`
  const unread = [...receipts.values()].filter((readAt) => !readAt).length
  const last = messages[messages.length - 1]
  return {
    id: thread.id,
    kind: thread.kind,
    subject: thread.subject,
    site_id: thread.site_id,
    ticket_id: thread.ticket_id,
    last_message_at: new Date(thread.last_message_at).toISOString(),
    last_message_preview: last ? last.body.slice(0, 160) : null,
    unread_count: unread,
    messages: messages.map((m) => presentStoreMessage(m, actor, base, receipts)),
    attachments: messages.flatMap((m) => (m.attachments ?? []).map((a) => presentAttachment(a, base))),
  }
}
