import { NextResponse, type NextRequest } from "next/server"
import { fetchSlipPhoto } from "@/lib/data/rentals"
import { getPortalToken } from "@/lib/data/session"

/** Headers of the backend's answer worth passing on to the browser. */
const PASSED_HEADERS = ["content-type", "content-length", "content-disposition", "content-security-policy", "last-modified", "etag"]

/** Should the backend's answer lack them, the strictest policy: downloaded, never rendered as a page of the portal. */
const FALLBACK = { "content-disposition": "attachment", "content-security-policy": "default-src 'none'; sandbox" }

/**
 * A photo of an exit or return slip. The backend serves it only to the rental's account, with the client's
 * token from the httpOnly cookie; the portal asks on the browser's behalf and streams the answer. Anything but
 * success is a plain 404, as for another account's photo.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse(null, { status: 404 })
  const { id, fileId } = await params
  const answer = await fetchSlipPhoto(id, fileId, token)
  if (!answer.ok || !answer.body) return new NextResponse(null, { status: 404 })
  const headers = new Headers({ "cache-control": "private, max-age=300", "x-content-type-options": "nosniff", ...FALLBACK })
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new NextResponse(answer.body, { status: 200, headers })
}
