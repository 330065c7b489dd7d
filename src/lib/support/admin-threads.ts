import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { AdminThreadDetail } from "../../modules/support/contract"
import { loadMessages, presentAdminMessages, supportOf } from "./threads"

/** A thread as staff read it, with every message's receipts (who it was delivered to, who read it). */
export async function adminThreadDetail(scope: MedusaContainer, id: string): Promise<AdminThreadDetail> {
  const [thread] = await supportOf(scope).listThreads({ id })
  if (!thread) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Thread with id: ${id} was not found`)
  const messages = await loadMessages(scope, thread.id, "staff")
  return {
    id: thread.id,
    kind: thread.kind,
    subject: thread.subject,
    account_id: thread.account_id,
    recipient_member_ids: thread.recipient_member_ids as string[],
    last_message_at: new Date(thread.last_message_at).toISOString(),
    messages: await presentAdminMessages(scope, messages, `/admin/portal/threads/${thread.id}/attachments`),
  }
}
