import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { TicketPriority, TicketStatus } from "../../modules/support/statuses"
import { moveTicketStep } from "./steps/move-ticket"
import { updateTicketStep } from "./steps/update-ticket"

export type ChangeTicketInput = {
  id: string
  account_id: string
  number: string
  /** The status the change was decided on: a ticket that moved since answers 409. */
  from_status: TicketStatus
  status?: TicketStatus
  priority?: TicketPriority
  assignee_id?: string | null
  category_id?: string
  sla_due_at?: Date
  /** A reopening counts. */
  reopened_count?: number
  /** Who acted and how: `client_close`, `client_reopen` or `staff`. */
  by: { kind: "client_close" | "client_reopen" | "staff"; name: string | null; assignee_id: string | null }
}

/**
 * A ticket's status, priority, assignee or category changes: the client closes or reopens it, staff move it
 * along. The status moves under a row lock from the state it was read in; a reopening alerts the assignee
 * (`portal.ticket.reopened`) and staff changes tell the client (`support.ticket.updated`).
 */
export const changeTicketWorkflow = createWorkflow("change-support-ticket", (input: ChangeTicketInput) => {
  const move = transform({ input }, ({ input }) => {
    if (!input.status || input.status === input.from_status) return null
    const now = new Date()
    const fields: Record<string, unknown> =
      input.status === "resolved"
        ? { resolved_at: now }
        : input.status === "closed"
          ? { closed_at: now }
          : input.by.kind === "client_reopen"
            ? { resolved_at: null, closed_at: null, reopened_count: input.reopened_count ?? 1 }
            : {}
    return { id: input.id, from: [input.from_status], to: input.status, fields }
  })
  when({ move }, ({ move }) => move !== null).then(() => {
    moveTicketStep(transform({ move }, ({ move }) => move!))
  })
  const ticket = updateTicketStep(
    transform({ input }, ({ input }) => {
      const changes: { id: string; priority?: TicketPriority; assignee_id?: string | null; category_id?: string; sla_due_at?: Date } = { id: input.id }
      if (input.priority) changes.priority = input.priority
      if (input.assignee_id !== undefined) changes.assignee_id = input.assignee_id
      if (input.category_id) changes.category_id = input.category_id
      if (input.sla_due_at) changes.sla_due_at = input.sla_due_at
      return changes
    })
  )
  const event = transform({ input, ticket }, ({ input, ticket }) => {
    if (input.by.kind === "client_reopen") {
      return {
        eventName: "portal.ticket.reopened",
        data: { id: input.id, account_id: input.account_id, actor_name: input.by.name, staff_user_id: ticket.assignee_id, number: input.number },
      }
    }
    if (input.by.kind === "staff" && input.status && input.status !== input.from_status) {
      return { eventName: "support.ticket.updated", data: { id: input.id, account_id: input.account_id, number: input.number, status: input.status, site_id: ticket.site_id } }
    }
    return null
  })
  when({ event }, ({ event }) => event !== null).then(() => {
    emitEventStep(transform({ event }, ({ event }) => event!))
  })
  return new WorkflowResponse(ticket)
})
