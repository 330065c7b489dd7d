import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { TicketPriority } from "../../../modules/support/statuses"

export type CreateTicketStepInput = {
  account_id: string
  site_id: string | null
  equipment_id: string | null
  category_id: string
  subject: string
  description: string
  priority: TicketPriority
  assignee_id: string | null
  sla_due_at: Date
  opened_by: { member_id: string | null; name: string | null }
  files: { file_id: string; name: string; mime_type: string; size: number }[]
}

/**
 * Creates the ticket, its thread and the thread's first message (the description, with the attachments).
 * Removed again, all of it, if anything after fails.
 */
export const createTicketStep = createStep("create-support-ticket", async (input: CreateTicketStepInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const number = await support.nextTicketNumber()
  const now = new Date()
  const thread = await support.createThreads({
    account_id: input.account_id,
    site_id: input.site_id,
    kind: "ticket",
    subject: input.subject,
    started_by_type: "member",
    started_by_id: input.opened_by.member_id,
    last_message_at: now,
  })
  const ticket = await support.createTickets({
    number,
    account_id: input.account_id,
    site_id: input.site_id,
    equipment_id: input.equipment_id,
    category_id: input.category_id,
    subject: input.subject,
    description: input.description,
    priority: input.priority,
    status: "open",
    assignee_id: input.assignee_id,
    sla_due_at: input.sla_due_at,
    thread_id: thread.id,
    opened_by_member_id: input.opened_by.member_id,
    opened_by_name: input.opened_by.name,
  })
  await support.updateThreads({ id: thread.id, ticket_id: ticket.id })
  const message = await support.createMessages({
    thread_id: thread.id,
    account_id: input.account_id,
    author_type: "member",
    author_id: input.opened_by.member_id,
    author_name: input.opened_by.name,
    body: input.description,
  })
  if (input.files.length) {
    await support.createAttachments(input.files.map((f) => ({ ...f, account_id: input.account_id, message_id: message.id })))
  }
  return new StepResponse(ticket, { ticket_id: ticket.id, thread_id: thread.id })
}, async (created, { container }) => {
  if (!created) return
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  await support.deleteTickets(created.ticket_id)
  await support.deleteThreads(created.thread_id)
})
