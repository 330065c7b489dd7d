import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { ATTACHMENTS_PER_MESSAGE_MAX, type AttachmentDto, type UploadInput } from "../../modules/support/contract"
import { DOCUMENT_FILE_TYPES, fileResponseHeaders, normalizeFileType, safeFilename, uploadRefusal } from "../files/file-types"

/** Messages and shared documents take what a machine's documents take: photos, PDF, text and office files. */
export const SUPPORT_FILE_TYPES = DOCUMENT_FILE_TYPES

const NOT_BASE64 = /[^A-Za-z0-9+/=\s]/

/**
 * Whether a text holds only base64 characters. One character outside base64 is searched for: a whole-string
 * pattern overflowed V8's regexp stack on files of a few megabytes (a 500 instead of the size limit's 400).
 */
export const isBase64Text = (content: string): boolean => !NOT_BASE64.test(content)

/** The bytes a base64 text decodes to, without decoding it. */
export const base64Size = (content: string): number => {
  const clean = content.replace(/\s/g, "")
  return Math.floor((clean.length * 3) / 4) - (clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0)
}

/** One uploaded file in a JSON body (`filename`, `mime_type`, base64 `content`). */
export const uploadSchema = (field: string) =>
  z
    .object({
      filename: z.string({ message: `${field}.filename is required` }).trim().min(1, { message: `${field}.filename is required` }).max(200, { message: `${field}.filename is too long` }),
      mime_type: z.string({ message: `${field}.mime_type is required` }).trim().min(1, { message: `${field}.mime_type is required` }).max(200, { message: `${field}.mime_type is too long` }),
      content: z
        .string({ message: `${field}.content is required (base64)` })
        .min(1, { message: `${field}.content is required (base64)` })
        .refine(isBase64Text, { message: `${field}.content must be base64` }),
    })
    .strict()

export const attachmentsSchema = z
  .array(uploadSchema("attachments"), { message: "attachments must be a list of files" })
  .max(ATTACHMENTS_PER_MESSAGE_MAX, { message: `attachments: at most ${ATTACHMENTS_PER_MESSAGE_MAX} files per message` })
  .default([])

/**
 * Refuses, with a 400 naming the file, an upload of a type not taken or larger than the settings allow
 * (the body parser's own limit is higher, so the client reads which file and which limit).
 */
export function assertUploads(uploads: UploadInput[], maxBytes: number, field = "attachments"): void {
  uploads.forEach((upload, index) => {
    const at = uploads.length === 1 && field !== "attachments" ? field : `${field}.${index}`
    const refusal = uploadRefusal(upload.mime_type, upload.content, SUPPORT_FILE_TYPES)
    if (refusal) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${at}.${refusal}`)
    const size = base64Size(upload.content)
    if (size > maxBytes) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${at}.content: ${safeFilename(upload.filename)} is ${(size / 1_048_576).toFixed(1)} MB; the largest file accepted is ${(maxBytes / 1_048_576).toFixed(1)} MB`
      )
    }
  })
}

/** The files as Medusa's upload step takes them: private, type normalized. */
export const privateFiles = (uploads: UploadInput[]) =>
  uploads.map((u) => ({ filename: safeFilename(u.filename), mimeType: normalizeFileType(u.mime_type), content: u.content, access: "private" as const }))

export const presentAttachment = (
  attachment: { id: string; name: string; mime_type: string; size: number },
  base: string
): AttachmentDto => ({ id: attachment.id, name: attachment.name, mime_type: attachment.mime_type, size: attachment.size, url: `${base}/${attachment.id}` })

/** Sends a private file the caller was already allowed to see, with the portal's safe headers. */
export async function sendPrivateFile(req: MedusaRequest, res: MedusaResponse, file: { file_id: string; name: string; mime_type: string | null }) {
  const files = req.scope.resolve(Modules.FILE)
  const content = await files.getAsBuffer(file.file_id)
  for (const [header, value] of Object.entries(fileResponseHeaders(file.mime_type, file.name))) res.setHeader(header, value)
  res.setHeader("Content-Length", String(content.length))
  // Private: a shared cache must never hand one client's file to another.
  res.setHeader("Cache-Control", "private, max-age=300")
  res.status(200).send(content)
}
