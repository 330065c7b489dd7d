/**
 * The attachments a message or a ticket may carry, checked in the browser and in the server action so a
 * client reads a clear, translated error before anything is sent. The backend checks again with the
 * business's own limit (support settings) and its list of accepted types (src/lib/files/file-types.ts,
 * DOCUMENT_FILE_TYPES); its refusal is shown under the translated one.
 */
export const ATTACHMENT_ACCEPT = [
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/heic",
  "image/heif",
  "application/pdf",
  "text/plain",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
] as const

/** The support settings' default per file (10 MB); the contract's ATTACHMENTS_PER_MESSAGE_MAX. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
export const ATTACHMENTS_MAX = 5
/** All files of one message together, under the server action's body limit (next.config.ts). */
export const ATTACHMENTS_TOTAL_MAX_BYTES = 20 * 1024 * 1024

export type AttachmentProblem = { error: "too_many_files" | "file_too_large" | "files_too_large" | "file_type"; name: string | null }

/** The first problem of a set of files, or null when they may be sent. */
export function attachmentProblem(files: readonly { name: string; size: number; type: string }[]): AttachmentProblem | null {
  if (files.length > ATTACHMENTS_MAX) return { error: "too_many_files", name: null }
  for (const file of files) {
    const type = file.type.split(";")[0]?.trim().toLowerCase() ?? ""
    if (!(ATTACHMENT_ACCEPT as readonly string[]).includes(type)) return { error: "file_type", name: file.name }
    if (file.size > ATTACHMENT_MAX_BYTES) return { error: "file_too_large", name: file.name }
  }
  if (files.reduce((total, file) => total + file.size, 0) > ATTACHMENTS_TOTAL_MAX_BYTES) return { error: "files_too_large", name: null }
  return null
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ["B", "kB", "MB"] as const
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${units[unit]}`
}
