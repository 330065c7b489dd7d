import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../../modules/support"
import type SupportModuleService from "../../../modules/support/service"

/**
 * Withdraws a document from the library (soft delete, with its versions): clients stop seeing it at once, and
 * its read records stay as the history of who read what. Restored on failure.
 */
export const withdrawDocumentStep = createStep("withdraw-support-document", async (id: string, { container }) => {
  await container.resolve<SupportModuleService>(SUPPORT_MODULE).softDeleteSharedDocuments(id)
  return new StepResponse(id, id)
}, async (id, { container }) => {
  if (!id) return
  await container.resolve<SupportModuleService>(SUPPORT_MODULE).restoreSharedDocuments(id)
})
