import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { adminThreadDetail } from "../../../../../../lib/support/admin-threads"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { assertUploads } from "../../../../../../lib/support/attachments"
import { supportOf } from "../../../../../../lib/support/threads"
import { supportSettings } from "../../../../../../lib/support/tickets"
import { postMessageWorkflow } from "../../../../../../workflows/support/post-message"
import type { AdminReplyType } from "../../../tickets/validators"

/** Staff answer in a thread (a conversation or an announcement); a ticket's thread is answered on the ticket. */
export async function POST(req: AuthenticatedMedusaRequest<AdminReplyType>, res: MedusaResponse) {
  const [thread] = await supportOf(req.scope).listThreads({ id: req.params.id })
  if (!thread) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Thread with id: ${req.params.id} was not found`)
  if (thread.ticket_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `id: this is ticket ${thread.ticket_id}'s thread; answer on the ticket`)
  assertUploads(req.validatedBody.attachments, (await supportSettings(req.scope)).attachment_max_bytes)
  const staff = await describeStaff(req)
  await postMessageWorkflow(req.scope).run({
    input: {
      thread_id: thread.id,
      account_id: thread.account_id,
      author: { type: "staff", id: staff.id, name: staff.name },
      body: req.validatedBody.body,
      internal: req.validatedBody.internal,
      attachments: req.validatedBody.attachments,
      ticket: null,
    },
  })
  res.status(201).json({ thread: await adminThreadDetail(req.scope, thread.id) })
}
