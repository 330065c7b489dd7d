import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { UploadInput } from "../../modules/support/contract"
import type { TicketPriority } from "../../modules/support/statuses"
import { attachmentRows, uploadInput } from "./files"
import { createTicketStep } from "./steps/create-ticket"
import { routeTicketStep } from "./steps/route-ticket"

export type OpenTicketInput = {
  account_id: string
  member_id: string | null
  actor_name: string | null
  category_id: string
  subject: string
  description: string
  priority: TicketPriority
  site_id: string | null
  equipment_id: string | null
  attachments: UploadInput[]
}

/**
 * A member opens a ticket: the routing rules name the responsible staff member and the settings the SLA due
 * time; the attachments are stored private; the assignee is alerted (`portal.ticket.opened`). The uploaded
 * files are removed again if the ticket cannot be created.
 */
export const openTicketWorkflow = createWorkflow("open-support-ticket", (input: OpenTicketInput) => {
  const routed = routeTicketStep(
    transform({ input }, ({ input }) => ({ account_id: input.account_id, category_id: input.category_id, site_id: input.site_id, equipment_id: input.equipment_id, priority: input.priority }))
  )
  const uploaded = when({ input }, ({ input }) => input.attachments.length > 0).then(() =>
    uploadFilesStep(transform({ input }, ({ input }) => uploadInput(input.attachments)))
  )
  const ticket = createTicketStep(
    transform({ input, routed, uploaded }, ({ input, routed, uploaded }) => ({
      account_id: input.account_id,
      site_id: routed.site_id,
      equipment_id: input.equipment_id,
      category_id: input.category_id,
      subject: input.subject,
      description: input.description,
      priority: input.priority,
      assignee_id: routed.assignee_id,
      sla_due_at: routed.sla_due_at,
      opened_by: { member_id: input.member_id, name: input.actor_name },
      files: attachmentRows(input.attachments, uploaded),
    }))
  )
  emitEventStep(
    transform({ input, ticket }, ({ input, ticket }) => ({
      eventName: "portal.ticket.opened",
      data: {
        id: ticket.id,
        account_id: ticket.account_id,
        actor_name: input.actor_name,
        staff_user_id: ticket.assignee_id,
        number: ticket.number,
        subject: ticket.subject,
        priority: ticket.priority,
      },
    }))
  )
  return new WorkflowResponse(ticket)
})
