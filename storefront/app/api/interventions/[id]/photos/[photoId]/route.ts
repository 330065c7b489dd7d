import { NextResponse, type NextRequest } from "next/server"
import { fetchInterventionPhoto } from "@/lib/data/interventions"
import { getPortalToken } from "@/lib/data/session"

/** Headers of the backend's answer worth passing on to the browser. */
const PASSED_HEADERS = ["content-type", "content-length", "content-disposition", "content-security-policy", "last-modified", "etag"]

/** Should the backend's answer lack its policy, the file is downloaded under the strictest one, never rendered as a page. */
const FALLBACK = { "content-disposition": "attachment", "content-security-policy": "default-src 'none'; sandbox" }

/**
 * A visit photo. The backend serves it only within the session's scope (account, sites, one intervention), with
 * the client's token from the httpOnly cookie; the portal asks on the browser's behalf and streams the answer.
 * Anything but success is a plain 404, as for another account's photo.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; photoId: string }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse(null, { status: 404 })
  const { id, photoId } = await params
  const answer = await fetchInterventionPhoto(id, photoId, token)
  if (!answer.ok || !answer.body) return new NextResponse(null, { status: 404 })
  const headers = new Headers({ "cache-control": "private, max-age=300", "x-content-type-options": "nosniff", ...FALLBACK })
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new NextResponse(answer.body, { status: 200, headers })
}
