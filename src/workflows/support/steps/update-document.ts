import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"
import type { DocumentCategory } from "../../../modules/support/statuses"

export type UpdateDocumentInput = {
  id: string
  title?: string
  description?: string | null
  category?: DocumentCategory
  valid_from?: Date | null
  valid_until?: Date | null
}

/** A document's title, description, category or validity; put back as it was on failure. */
export const updateDocumentStep = createStep("update-support-document", async (input: UpdateDocumentInput, { container }) => {
  const support = container.resolve<SupportModuleService>(SUPPORT_MODULE)
  const { id, ...changes } = input
  const fields = Object.keys(changes)
  const before = await support.retrieveSharedDocument(id, { select: ["id", ...fields] })
  await support.updateSharedDocuments({ id, ...changes })
  return new StepResponse(id, { id, ...Object.fromEntries(fields.map((f) => [f, (before as unknown as Record<string, unknown>)[f]])) })
}, async (before, { container }) => {
  if (!before) return
  await container.resolve<SupportModuleService>(SUPPORT_MODULE).updateSharedDocuments(before)
})
