import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { assertUploads } from "../../../../lib/support/attachments"
import { adminDocument, machineSites, presentAdminDocumentSummary, resolveAudience } from "../../../../lib/support/documents"
import { supportOf } from "../../../../lib/support/threads"
import { supportSettings } from "../../../../lib/support/tickets"
import { publishDocumentWorkflow } from "../../../../workflows/support/publish-document"
import type { AdminListDocumentsType, AdminPublishDocumentType } from "./validators"

/** The library as staff see it: every document, its audience, current version and how many read it. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListDocumentsType>, res: MedusaResponse) {
  const { category, audience, account_id, q, order } = req.validatedQuery as AdminListDocumentsType
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const { rows, count } = await supportOf(req.scope).listDocumentRows({ category, audience, account_id, q, order, limit: take, offset: skip })
  const sites = await machineSites(req.scope, rows)
  res.json({ documents: rows.map((row) => presentAdminDocumentSummary(row, sites)), count, offset: skip, limit: take })
}

/** Staff publish a document with its first version, to everyone, an account, a site or a machine. */
export async function POST(req: AuthenticatedMedusaRequest<AdminPublishDocumentType>, res: MedusaResponse) {
  const body = req.validatedBody
  if (body.valid_from && body.valid_until && body.valid_until < body.valid_from) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "valid_until must not be before valid_from")
  }
  const audience = await resolveAudience(req.scope, body)
  assertUploads([body.file], (await supportSettings(req.scope)).attachment_max_bytes, "file")
  const { result } = await publishDocumentWorkflow(req.scope).run({
    input: {
      title: body.title,
      description: body.description || null,
      category: body.category,
      ...audience,
      valid_from: body.valid_from ?? null,
      valid_until: body.valid_until ?? null,
      published_by: req.auth_context.actor_id,
      note: body.note || null,
      upload: body.file,
    },
  })
  res.status(201).json({ document: await adminDocument(req.scope, result.id) })
}
