import { NextResponse, type NextRequest } from "next/server"
import { fetchSupportFile } from "@/lib/data/support"
import { getPortalToken } from "@/lib/data/session"

/** Headers of the backend's answer worth passing on to the browser. */
const PASSED_HEADERS = ["content-type", "content-length", "content-disposition", "content-security-policy", "last-modified", "etag"]

/** Should the backend's answer lack them, the file is downloaded under the strictest policy, never rendered. */
const FALLBACK = { "content-disposition": "attachment", "content-security-policy": "default-src 'none'; sandbox" }

/**
 * A ticket's or a conversation's attachment, or a shared document. The backend serves it only to those
 * allowed, with the client's token from the httpOnly cookie, so the portal asks on the browser's behalf and
 * streams the answer (opening a document this way records that the member read it). Anything but success
 * is a plain 404, as for another account's file.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse(null, { status: 404 })
  const { path } = await params
  const answer = await fetchSupportFile(path.map(encodeURIComponent).join("/"), token)
  if (!answer?.ok || !answer.body) return new NextResponse(null, { status: 404 })
  const headers = new Headers({ "cache-control": "private, no-store", "x-content-type-options": "nosniff", ...FALLBACK })
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new NextResponse(answer.body, { status: 200, headers })
}
