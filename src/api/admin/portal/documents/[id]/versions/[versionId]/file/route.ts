import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendPrivateFile } from "../../../../../../../../lib/support/attachments"
import { supportOf } from "../../../../../../../../lib/support/threads"

/** Any version's file of a document, for staff (clients get the current one through the portal). */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const [version] = await supportOf(req.scope).listDocumentVersions({ id: req.params.versionId, document_id: req.params.id })
  if (!version) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Document version with id: ${req.params.versionId} was not found`)
  await sendPrivateFile(req, res, version)
}
