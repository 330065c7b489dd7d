import { NextResponse, type NextRequest } from "next/server"
import { fetchSupportFile } from "@/lib/data/support"
import { getPortalToken } from "@/lib/data/session"
import { privateFileResponse } from "@/lib/private-file-response"

/** A ticket's or a conversation's attachment, or a shared document, served by the backend only to those
 * allowed (opening a document this way records that the member read it). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ path: string[] }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse(null, { status: 404 })
  const { path } = await params
  return privateFileResponse(await fetchSupportFile(path.map(encodeURIComponent).join("/"), token), "private, no-store")
}
