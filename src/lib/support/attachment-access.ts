import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendPrivateFile } from "./attachments"
import { supportOf } from "./threads"

/**
 * Sends an attachment of a thread the caller was already allowed to see. Any other id (another thread's,
 * another account's, an internal note's for a client) is 404, so knowing a file id gives nothing.
 */
export async function sendThreadAttachment(req: MedusaRequest, res: MedusaResponse, threadId: string, attachmentId: string, audience: "client" | "staff") {
  const support = supportOf(req.scope)
  const [attachment] = await support.listAttachments({ id: attachmentId }, { relations: ["message"] })
  const message = attachment?.message
  if (!attachment || !message || message.thread_id !== threadId || (audience === "client" && message.internal)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Attachment with id: ${attachmentId} was not found`)
  }
  await sendPrivateFile(req, res, attachment)
}
