import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { UploadInput } from "../../modules/support/contract"
import { attachmentRows, uploadInput } from "./files"
import { addDocumentVersionStep } from "./steps/add-document-version"

export type PublishVersionInput = {
  document_id: string
  note: string | null
  published_by: string | null
  upload: UploadInput
  /** Who is audience of the event: the document's own. */
  shared_with: { title: string; audience: string; account_id: string | null; site_id: string | null; equipment_id: string | null }
  lock_owner: string
}

/**
 * Staff upload a new version of a document: it becomes current, earlier ones stay for the record, and every
 * member sees the document as new again until they open it. Two uploads at once take turns on the
 * document's lock, so they get consecutive version numbers.
 */
export const addDocumentVersionWorkflow = createWorkflow("add-support-document-version", (input: PublishVersionInput) => {
  const key = transform({ input }, ({ input }) => `support-document:${input.document_id}`)
  acquireLockStep({ key, timeout: 30, ttl: 60, ownerId: input.lock_owner })
  const uploaded = uploadFilesStep(transform({ input }, ({ input }) => uploadInput([input.upload])))
  const version = addDocumentVersionStep(
    transform({ input, uploaded }, ({ input, uploaded }) => ({
      document_id: input.document_id,
      note: input.note,
      published_by: input.published_by,
      file: attachmentRows([input.upload], uploaded)[0],
    }))
  )
  releaseLockStep({ key, ownerId: input.lock_owner })
  emitEventStep(
    transform({ input, version }, ({ input, version }) => ({
      eventName: "support.document.shared",
      data: { id: version.id, version: version.version, ...input.shared_with },
    }))
  )
  return new WorkflowResponse(version)
})
