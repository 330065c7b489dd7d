import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { adminThreadDetail } from "../../../../../../lib/support/admin-threads"
import { describeStaff } from "../../../../../../lib/quotes/actors"
import { assertUploads } from "../../../../../../lib/support/attachments"
import { supportSettings } from "../../../../../../lib/support/tickets"
import { CLIENT_ACCOUNT_MODULE } from "../../../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../../../modules/clientAccount/service"
import { startThreadWorkflow } from "../../../../../../workflows/support/start-thread"
import type { AdminAnnouncementType } from "../../../tickets/validators"

/**
 * Staff send an announcement to an account: all its members, or those named, with an optional document.
 * Each recipient gets a receipt; staff then see who it was delivered to and who read it.
 */
export async function POST(req: AuthenticatedMedusaRequest<AdminAnnouncementType>, res: MedusaResponse) {
  const accounts = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const [account] = await accounts.listClientAccounts({ id: req.params.id }, { select: ["id"] })
  if (!account) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Client account with id: ${req.params.id} was not found`)
  const memberIds = [...new Set(req.validatedBody.member_ids)]
  if (memberIds.length) {
    const members = await accounts.listAccountMembers({ id: memberIds, account_id: account.id }, { select: ["id"] })
    const missing = memberIds.filter((id) => !members.some((m) => m.id === id))
    if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `member_ids: ${missing.join(", ")} not members of this account`)
  }
  assertUploads(req.validatedBody.attachments, (await supportSettings(req.scope)).attachment_max_bytes)
  const staff = await describeStaff(req)
  const { result } = await startThreadWorkflow(req.scope).run({
    input: {
      account_id: account.id,
      kind: "announcement",
      subject: req.validatedBody.subject,
      body: req.validatedBody.body,
      recipient_member_ids: memberIds,
      author: { type: "staff", id: staff.id, name: staff.name },
      attachments: req.validatedBody.attachments,
    },
  })
  res.status(201).json({ thread: await adminThreadDetail(req.scope, result.thread.id) })
}
