import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { adminDocument } from "../../../../../lib/support/documents"
import { updateDocumentWorkflow } from "../../../../../workflows/support/update-document"
import { withdrawDocumentWorkflow } from "../../../../../workflows/support/withdraw-document"
import type { AdminUpdateDocumentType } from "../validators"

/** A document with its versions and who read which. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  res.json({ document: await adminDocument(req.scope, req.params.id) })
}

/** Staff correct the title, description, category or validity; the validity stays in order. */
export async function POST(req: AuthenticatedMedusaRequest<AdminUpdateDocumentType>, res: MedusaResponse) {
  const before = await adminDocument(req.scope, req.params.id)
  const body = req.validatedBody
  const from = body.valid_from !== undefined ? body.valid_from : before.valid_from ? new Date(before.valid_from) : null
  const until = body.valid_until !== undefined ? body.valid_until : before.valid_until ? new Date(before.valid_until) : null
  if (from && until && until < from) throw new MedusaError(MedusaError.Types.INVALID_DATA, "valid_until must not be before valid_from")
  await updateDocumentWorkflow(req.scope).run({
    input: {
      id: before.id,
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.description !== undefined ? { description: body.description || null } : {}),
      ...(body.category !== undefined ? { category: body.category } : {}),
      ...(body.valid_from !== undefined ? { valid_from: body.valid_from } : {}),
      ...(body.valid_until !== undefined ? { valid_until: body.valid_until } : {}),
    },
  })
  res.json({ document: await adminDocument(req.scope, before.id) })
}

/** Withdraws the document: clients no longer see it; the record of who read it stays. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const document = await adminDocument(req.scope, req.params.id)
  await withdrawDocumentWorkflow(req.scope).run({ input: { id: document.id } })
  res.json({ id: document.id, object: "support_document", deleted: true })
}
