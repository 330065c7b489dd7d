import { NextResponse, type NextRequest } from "next/server"
import { fetchEquipmentFile } from "@/lib/data/fleet"
import { getPortalToken } from "@/lib/data/session"

/** Headers of the backend's answer worth passing on to the browser. */
const PASSED_HEADERS = ["content-type", "content-length", "content-disposition", "content-security-policy", "last-modified", "etag"]

/**
 * The backend decides how a file may be shown (only raster images and PDF inline, the rest as attachments,
 * under a sandboxing policy); should an answer lack that, the file is downloaded under the strictest policy,
 * never rendered as a page on the portal's origin.
 */
const FALLBACK = { "content-disposition": "attachment", "content-security-policy": "default-src 'none'; sandbox" }

/**
 * A private photo or document of a machine. The backend serves it only to the owning account, with the
 * client's token, which lives in an httpOnly cookie the browser cannot send there itself; so the portal
 * asks on its behalf and streams the answer. Anything but success is a plain 404, as for a foreign file.
 */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse(null, { status: 404 })
  const { id, fileId } = await params
  const answer = await fetchEquipmentFile(id, fileId, token)
  if (!answer.ok || !answer.body) return new NextResponse(null, { status: 404 })
  const headers = new Headers({ "cache-control": "private, max-age=300", "x-content-type-options": "nosniff", ...FALLBACK })
  for (const name of PASSED_HEADERS) {
    const value = answer.headers.get(name)
    if (value) headers.set(name, value)
  }
  return new NextResponse(answer.body, { status: 200, headers })
}
