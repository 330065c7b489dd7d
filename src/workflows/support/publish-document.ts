import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, uploadFilesStep } from "@medusajs/medusa/core-flows"
import type { UploadInput } from "../../modules/support/contract"
import { attachmentRows, uploadInput } from "./files"
import { createDocumentStep, type CreateDocumentInput } from "./steps/create-document"

export type PublishDocumentInput = Omit<CreateDocumentInput, "file"> & { upload: UploadInput }

/**
 * Staff publish a document to everyone, an account, a site or a machine: the file goes to Medusa's file
 * module as a private file, then the document and its first version. `support.document.shared` tells the
 * audience's members (client notifications).
 */
export const publishDocumentWorkflow = createWorkflow("publish-support-document", (input: PublishDocumentInput) => {
  const uploaded = uploadFilesStep(transform({ input }, ({ input }) => uploadInput([input.upload])))
  const document = createDocumentStep(
    transform({ input, uploaded }, ({ input, uploaded }) => {
      const { upload, ...fields } = input
      return { ...fields, file: attachmentRows([upload], uploaded)[0] }
    })
  )
  emitEventStep(
    transform({ input, document }, ({ input, document }) => ({
      eventName: "support.document.shared",
      data: { id: document.id, version: document.version, title: input.title, audience: input.audience, account_id: input.account_id, site_id: input.site_id, equipment_id: input.equipment_id },
    }))
  )
  return new WorkflowResponse(document)
})
