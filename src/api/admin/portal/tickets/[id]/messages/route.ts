import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { answerConflict } from "../../../../../../lib/conflict-response"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { assertUploads } from "../../../../../../lib/support/attachments"
import { loadMessages, presentAdminMessages, supportOf } from "../../../../../../lib/support/threads"
import { supportSettings } from "../../../../../../lib/support/tickets"
import { postMessageWorkflow } from "../../../../../../workflows/support/post-message"
import type { AdminReplyType } from "../../validators"

/** Staff answer a ticket (or add an internal note), with attachments, and may move its status with it. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReplyType>, res: MedusaResponse) {
  const [ticket] = await supportOf(req.scope).listTickets({ id: req.params.id })
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket with id: ${req.params.id} was not found`)
  assertUploads(req.validatedBody.attachments, (await supportSettings(req.scope)).attachment_max_bytes)
  const staff = await describeStaff(req)
  const run = await answerConflict(res, () =>
    postMessageWorkflow(req.scope).run({
      input: {
        thread_id: ticket.thread_id,
        account_id: ticket.account_id,
        author: { type: "staff", id: staff.id, name: staff.name },
        body: req.validatedBody.body,
        internal: req.validatedBody.internal,
        attachments: req.validatedBody.attachments,
        ticket: { id: ticket.id, number: ticket.number, status: ticket.status, assignee_id: ticket.assignee_id },
        status: req.validatedBody.status ?? null,
      },
    })
  )
  if (!run) return
  const messages = (await loadMessages(req.scope, ticket.thread_id, "staff")).filter((m) => m.id === run.result.id)
  const [message] = await presentAdminMessages(req.scope, messages, `/admin/portal/tickets/${ticket.id}/attachments`)
  res.status(201).json({ message })
}
