import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getPortalActor } from "../../../../../../lib/portal-actor"
import { sendPrivateFile } from "../../../../../../lib/support/attachments"
import { findVisibleDocument } from "../../../../../../lib/support/documents"
import { memberNames, recordsReads, supportOf } from "../../../../../../lib/support/threads"

export { AUTHENTICATE } from "../../../authenticate-client"

/**
 * The current version's file of a document the caller may see. A member opening it records that they read
 * this version (the "new" badge goes); staff viewing as a client and secure links leave no trace.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const actor = await getPortalActor(req)
  const document = await findVisibleDocument(req.scope, actor, req.params.id)
  if (recordsReads(actor)) {
    await supportOf(req.scope).recordDocumentRead({
      document_id: document.id,
      version_id: document.current_version_id,
      version: document.current_version,
      account_id: actor.account_id,
      member_id: actor.member_id,
      member_name: (await memberNames(req.scope, [actor.member_id])).get(actor.member_id) ?? null,
    })
  }
  await sendPrivateFile(req, res, { file_id: document.file_id, name: document.file_name, mime_type: document.mime_type })
}
