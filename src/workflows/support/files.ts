import type { UploadInput } from "../../modules/support/contract"
import { base64Size, privateFiles } from "../../lib/support/attachments"

/** Medusa's upload step's input for a message's attachments (stored private). */
export const uploadInput = (uploads: UploadInput[]) => ({ files: privateFiles(uploads) })

/** The attachment rows of files just uploaded, in the order sent. */
export const attachmentRows = (uploads: UploadInput[], uploaded: { id: string }[] | undefined) =>
  (uploaded ?? []).map((file, i) => ({
    file_id: file.id,
    name: privateFiles([uploads[i]])[0].filename,
    mime_type: privateFiles([uploads[i]])[0].mimeType,
    size: base64Size(uploads[i].content),
  }))
