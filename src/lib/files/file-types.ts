/**
 * Which files the portal takes and how it hands them back. A file is served on the API's and the portal's
 * own origin, so a type a browser renders as a page (HTML, SVG, XML) would run its script there: only raster
 * images and PDF are shown in the browser, everything else is downloaded, and nothing else is taken in.
 * No imports, so the admin and the portal may read the lists too.
 */

/** Shown in the browser (`inline`); every other file is sent as an attachment. */
export const INLINE_FILE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp", "application/pdf"] as const

/** A photo of a machine or a meter: images a phone or a camera makes. */
export const PHOTO_FILE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp", "image/heic", "image/heif"] as const

/** A machine's document: photos, PDF, plain text and office files (the last ones always downloaded). */
export const DOCUMENT_FILE_TYPES = [
  ...PHOTO_FILE_TYPES,
  "application/pdf",
  "text/plain",
  "text/csv",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
] as const

const TYPES_BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  heic: "image/heic",
  heif: "image/heif",
  gif: "image/gif",
  pdf: "application/pdf",
}

/** "Image/PNG; charset=x" → "image/png". */
export const normalizeFileType = (type: string): string => type.split(";")[0].trim().toLowerCase()

/** The type of a stored file known only by its name (a meter photo), else null. */
export const typeFromFilename = (name: string): string | null => TYPES_BY_EXTENSION[name.split(".").pop()?.toLowerCase() ?? ""] ?? null

/** How each type shown in the browser begins: a file whose bytes say otherwise is refused at upload. */
const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  "image/png": (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/gif": (b) => /^GIF8[79]a$/.test(b.subarray(0, 6).toString("latin1")),
  "image/webp": (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  "application/pdf": (b) => b.subarray(0, 5).toString("latin1") === "%PDF-",
}

/**
 * Why an upload is refused, as a 400 names it (`mime_type: …` or `content: …`), or null when it is taken:
 * a type outside `accepted`, or bytes that are not the image or PDF the type claims.
 */
export function uploadRefusal(declared: string, base64: string, accepted: readonly string[]): string | null {
  const type = normalizeFileType(declared)
  if (!accepted.includes(type)) {
    return `mime_type: ${type || "this type"} is not accepted; send one of ${accepted.join(", ")}`
  }
  const signature = SIGNATURES[type]
  if (signature && !signature(Buffer.from(base64.slice(0, 64), "base64"))) {
    return `content: the file is not the ${type} its mime_type says`
  }
  return null
}

/** A file name safe in a header: no control characters, quotes, slashes or backslashes, at most 150 characters. */
export function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f"\\/]+/g, "_").trim().slice(0, 150)
  return cleaned || "file"
}

/**
 * The policy of a served file. `sandbox` gives a file opened in a tab an opaque origin with no script, so
 * even a file that slipped through would reach nothing of the site; Chrome refuses to show a PDF under
 * `sandbox` (its viewer is a plugin), so PDFs get the same policy without it, which is safe because a PDF is
 * never rendered as a page (`nosniff`, fixed type) and its own script runs in the viewer, not the origin.
 */
export const FILE_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"
export const PDF_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'"

/**
 * The headers of a file answer: raster images and PDF inline with their type, anything else as an
 * attachment (with its type only when it is one the portal takes, else `application/octet-stream`);
 * always `nosniff` and a restrictive Content-Security-Policy.
 */
export function fileResponseHeaders(declared: string | null, name: string): Record<string, string> {
  const type = declared ? normalizeFileType(declared) : typeFromFilename(name) ?? ""
  const inline = (INLINE_FILE_TYPES as readonly string[]).includes(type)
  const known = inline || (DOCUMENT_FILE_TYPES as readonly string[]).includes(type)
  const filename = safeFilename(name)
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_")
  return {
    "Content-Type": known ? type : "application/octet-stream",
    "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": type === "application/pdf" ? PDF_CONTENT_SECURITY_POLICY : FILE_CONTENT_SECURITY_POLICY,
  }
}
