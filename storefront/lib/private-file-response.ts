import "server-only"
import { NextResponse } from "next/server"

/** Headers of the backend's answer worth passing on to the browser. */
const PASSED_HEADERS = ["content-type", "content-length", "content-disposition", "content-security-policy", "last-modified", "etag"]

/**
 * The backend decides how a file may be shown (only raster images and PDF inline, the rest as attachments,
 * under a sandboxing policy); should an answer lack that, the file is downloaded under the strictest policy,
 * never rendered as a page on the portal's origin.
 */
const FALLBACK = { "content-disposition": "attachment", "content-security-policy": "default-src 'none'; sandbox" }

/**
 * Streams a private file the backend answered for the client's token (which lives in an httpOnly cookie the
 * browser cannot send there itself). Anything but success is a plain 404, as for another account's file.
 */
export function privateFileResponse(answer: Response | null, cacheControl: string): NextResponse {
  if (!answer?.ok || !answer.body) return new NextResponse(null, { status: 404 })
  const headers = new Headers({ "cache-control": cacheControl, "x-content-type-options": "nosniff", ...FALLBACK })
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new NextResponse(answer.body, { status: 200, headers })
}
