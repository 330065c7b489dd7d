import { randomUUID } from "node:crypto"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertUploads } from "../../../../../../lib/support/attachments"
import { adminDocument } from "../../../../../../lib/support/documents"
import { supportSettings } from "../../../../../../lib/support/tickets"
import { addDocumentVersionWorkflow } from "../../../../../../workflows/support/add-document-version"
import type { AdminDocumentVersionType } from "../../validators"

/** Staff upload a new version: it becomes the one clients get, and shows as new to every member again. */
export async function POST(req: AuthenticatedMedusaRequest<AdminDocumentVersionType>, res: MedusaResponse) {
  const document = await adminDocument(req.scope, req.params.id)
  const body = req.validatedBody
  assertUploads([body.file], (await supportSettings(req.scope)).attachment_max_bytes, "file")
  await addDocumentVersionWorkflow(req.scope).run({
    input: {
      document_id: document.id,
      note: body.note || null,
      published_by: req.auth_context.actor_id,
      upload: body.file,
      shared_with: { title: document.title, audience: document.audience, account_id: document.account_id, site_id: document.site_id, equipment_id: document.equipment_id },
      lock_owner: randomUUID(),
    },
  })
  res.status(201).json({ document: await adminDocument(req.scope, document.id) })
}
