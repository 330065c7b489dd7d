import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answerConflict } from "../../../../../lib/conflict-response"
import { slaDueAt } from "../../../../../lib/support/routing"
import { supportOf } from "../../../../../lib/support/threads"
import { adminTicketDetail, supportSettings } from "../../../../../lib/support/tickets"
import { changeTicketWorkflow } from "../../../../../workflows/support/change-ticket"
import type { AdminUpdateTicketType } from "../validators"

export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ ticket: await adminTicketDetail(req.scope, req.params.id) })
}

/** Staff move a ticket along, change its priority (its SLA due time follows), reassign or recategorize it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateTicketType>, res: MedusaResponse) {
  const support = supportOf(req.scope)
  const [ticket] = await support.listTickets({ id: req.params.id })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${req.params.id} was not found`)
  const body = req.validatedBody
  if (body.category_id) {
    const [category] = await support.listTicketCategories({ id: body.category_id }, { select: ["id"] })
    if (!category) throw new MedusaError(MedusaError.Types.INVALID_DATA, `category_id: no ticket category ${body.category_id}`)
  }
  const priorityChanged = body.priority && body.priority !== ticket.priority
  const run = await answerConflict(res, async () =>
    changeTicketWorkflow(req.scope).run({
      input: {
        id: ticket.id,
        account_id: ticket.account_id,
        number: ticket.number,
        from_status: ticket.status,
        status: body.status,
        priority: body.priority,
        assignee_id: body.assignee_id,
        category_id: body.category_id,
        // The SLA runs from the ticket's opening at its new priority.
        sla_due_at: priorityChanged ? slaDueAt(body.priority!, await supportSettings(req.scope), new Date(ticket.created_at)) : undefined,
        by: { kind: "staff", name: null, assignee_id: ticket.assignee_id },
      },
    })
  )
  if (!run) return
  res.json({ ticket: await adminTicketDetail(req.scope, ticket.id) })
}
