import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { UploadInput } from "../../modules/support/contract"
import type { AuthorType, TicketStatus } from "../../modules/support/statuses"
import { attachmentRows, uploadInput } from "./files"
import { createMessageStep } from "./steps/create-message"
import { moveTicketStep } from "./steps/move-ticket"

export type PostMessageInput = {
  thread_id: string
  account_id: string
  author: { type: AuthorType; id: string | null; name: string | null }
  body: string
  internal: boolean
  attachments: UploadInput[]
  /** The thread's ticket, when it has one: its status may move with the message. */
  ticket: { id: string; number: string; status: TicketStatus; assignee_id: string | null } | null
  /** Staff may set the ticket's status with their answer (for example "waiting for client"). */
  status?: TicketStatus | null
  /** No event: the action the message goes with has its own (a reopening's reason). */
  quiet?: boolean
}

/**
 * A message on a thread, by a member or staff, with private attachments and receipts for the members who
 * will read it. On a ticket, a member's answer while the ticket waits for them puts it back in progress, and
 * staff may move the ticket with theirs. Events: `portal.ticket.message_created` or
 * `portal.message.created` for staff when a member writes; `support.message.received` for the members when
 * staff write (client notifications).
 */
export const postMessageWorkflow = createWorkflow("post-support-message", (input: PostMessageInput) => {
  const move = transform({ input }, ({ input }) => {
    if (!input.ticket || input.internal) return null
    if (input.author.type === "member" && input.ticket.status === "waiting_for_client") {
      return { id: input.ticket.id, from: ["waiting_for_client" as const], to: "in_progress" as const, fields: {} }
    }
    if (input.author.type === "staff" && input.status && input.status !== input.ticket.status) {
      const now = new Date()
      return {
        id: input.ticket.id,
        from: [input.ticket.status],
        to: input.status,
        fields: input.status === "resolved" ? { resolved_at: now } : input.status === "closed" ? { closed_at: now } : {},
      }
    }
    return null
  })
  when({ move }, ({ move }) => move !== null).then(() => {
    moveTicketStep(transform({ move }, ({ move }) => move!))
  })
  const uploaded = when({ input }, ({ input }) => input.attachments.length > 0).then(() =>
    uploadFilesStep(transform({ input }, ({ input }) => uploadInput(input.attachments)))
  )
  const message = createMessageStep(
    transform({ input, uploaded }, ({ input, uploaded }) => ({
      thread_id: input.thread_id,
      author: input.author,
      body: input.body,
      internal: input.internal,
      files: attachmentRows(input.attachments, uploaded),
    }))
  )
  const event = transform({ input, message }, ({ input, message }) => {
    if (input.internal || input.quiet) return null
    if (input.author.type === "member") {
      return input.ticket
        ? {
            eventName: "portal.ticket.message_created",
            data: { id: input.ticket.id, account_id: input.account_id, actor_name: input.author.name, staff_user_id: input.ticket.assignee_id, number: input.ticket.number, message_id: message.id },
          }
        : {
            eventName: "portal.message.created",
            data: { id: input.thread_id, account_id: input.account_id, actor_name: input.author.name, subject: message.subject, message_id: message.id },
          }
    }
    return {
      eventName: "support.message.received",
      data: {
        id: input.thread_id,
        account_id: input.account_id,
        message_id: message.id,
        member_ids: message.recipient_member_ids,
        subject: message.subject,
        ticket_id: input.ticket?.id ?? null,
        number: input.ticket?.number ?? null,
        author_name: input.author.name,
      },
    }
  })
  when({ event }, ({ event }) => event !== null).then(() => {
    emitEventStep(transform({ event }, ({ event }) => event!))
  })
  return new WorkflowResponse(message)
})
