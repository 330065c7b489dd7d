import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { AuthorType } from "../../../modules/support/statuses"
import { sitesCover } from "../../../lib/portal-actor"

export type CreateMessageStepInput = {
  thread_id: string
  author: { type: AuthorType; id: string | null; name: string | null }
  body: string
  internal: boolean
  files: { file_id: string; name: string; mime_type: string; size: number }[]
}

/**
 * Adds a message to a thread, with its attachments. A staff message a client may read gets one receipt per
 * member who can see the thread (its site, its recipients), neither delivered nor read yet; a member's own
 * message gets none. The thread moves to the top of the inbox.
 */
export const createMessageStep = createStep("create-support-message", async (input: CreateMessageStepInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const thread = await support.retrieveThread(input.thread_id)
  const message = await support.createMessages({
    thread_id: thread.id,
    account_id: thread.account_id,
    author_type: input.author.type,
    author_id: input.author.id,
    author_name: input.author.name,
    body: input.body,
    internal: input.internal,
  })
  if (input.files.length) {
    await support.createAttachments(input.files.map((f) => ({ ...f, account_id: thread.account_id, message_id: message.id })))
  }
  let recipients: string[] = []
  if (input.author.type === "staff" && !input.internal) {
    const members = await container
      .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      .listAccountMembers({ account_id: thread.account_id }, { select: ["id", "site_ids"] })
    const named = thread.recipient_member_ids as string[]
    recipients = members
      // As the inbox shows them: announcements and conversations without a site reach every member.
      .filter((m) => (!thread.site_id && thread.kind !== "ticket") || sitesCover(m.site_ids as string[], thread.site_id))
      .filter((m) => !named.length || named.includes(m.id))
      .map((m) => m.id)
    if (recipients.length) {
      await support.createMessageReceipts(recipients.map((member_id) => ({ message_id: message.id, member_id, thread_id: thread.id, account_id: thread.account_id })))
    }
  }
  const previous = thread.last_message_at
  if (!input.internal) await support.updateThreads({ id: thread.id, last_message_at: message.created_at })
  return new StepResponse(
    { ...message, thread_kind: thread.kind, ticket_id: thread.ticket_id, recipient_member_ids: recipients, subject: thread.subject },
    { message_id: message.id, thread_id: thread.id, previous }
  )
}, async (created, { container }) => {
  if (!created) return
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  await support.deleteMessages(created.message_id)
  await support.updateThreads({ id: created.thread_id, last_message_at: created.previous })
})
