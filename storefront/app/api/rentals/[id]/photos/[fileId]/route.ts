import { NextResponse, type NextRequest } from "next/server"
import { fetchSlipPhoto } from "@/lib/data/rentals"
import { getPortalToken } from "@/lib/data/session"
import { privateFileResponse } from "@/lib/private-file-response"

/** A photo of an exit or return slip, served by the backend only to the rental's account. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse(null, { status: 404 })
  const { id, fileId } = await params
  return privateFileResponse(await fetchSlipPhoto(id, fileId, token), "private, max-age=300")
}
