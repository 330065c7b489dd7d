import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { DocumentAudience, DocumentCategory } from "../../../modules/support/statuses"

export type CreateDocumentInput = {
  title: string
  description: string | null
  category: DocumentCategory
  audience: DocumentAudience
  account_id: string | null
  site_id: string | null
  equipment_id: string | null
  valid_from: Date | null
  valid_until: Date | null
  published_by: string | null
  note: string | null
  file: { file_id: string; name: string; mime_type: string; size: number }
}

/** A published document and its first version, current at once; removed again on failure. */
export const createDocumentStep = createStep("create-support-document", async (input: CreateDocumentInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const { file, note, published_by, ...fields } = input
  const document = await support.createSharedDocuments({ ...fields, published_at: new Date(), current_version: 1 })
  const version = await support.createDocumentVersions({ document_id: document.id, version: 1, note, published_by, ...file })
  await support.updateSharedDocuments({ id: document.id, current_version_id: version.id })
  return new StepResponse({ id: document.id, version: 1 }, document.id)
}, async (id, { container }) => {
  if (!id) return
  await container.resolve<SupportModuleService>(SUPPORT_MODULE).deleteSharedDocuments(id)
})
