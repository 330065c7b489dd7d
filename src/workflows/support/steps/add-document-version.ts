import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

export type AddDocumentVersionInput = {
  document_id: string
  note: string | null
  published_by: string | null
  file: { file_id: string; name: string; mime_type: string; size: number }
}

/**
 * The document's next version, which becomes the current one (members see the document as new again). The
 * workflow holds the document's lock; the unique (document, version) index refuses a second writer anyway.
 */
export const addDocumentVersionStep = createStep("add-support-document-version", async (input: AddDocumentVersionInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const document = await support.retrieveSharedDocument(input.document_id, { select: ["id", "current_version", "current_version_id"] })
  const [latest] = await support.listDocumentVersions({ document_id: document.id }, { select: ["version"], order: { version: "DESC" }, take: 1, withDeleted: true })
  const next = Math.max(document.current_version, latest?.version ?? 0) + 1
  const version = await support.createDocumentVersions({ document_id: document.id, version: next, note: input.note, published_by: input.published_by, ...input.file })
  await support.updateSharedDocuments({ id: document.id, current_version: next, current_version_id: version.id })
  return new StepResponse(
    { id: document.id, version: next },
    { document_id: document.id, version_id: version.id, before: { current_version: document.current_version, current_version_id: document.current_version_id } }
  )
}, async (saved, { container }) => {
  if (!saved) return
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  await support.updateSharedDocuments({ id: saved.document_id, ...saved.before })
  await support.deleteDocumentVersions(saved.version_id)
})
