import { NextResponse, type NextRequest } from "next/server"
import { fetchInterventionPhoto } from "@/lib/data/interventions"
import { getPortalToken } from "@/lib/data/session"
import { privateFileResponse } from "@/lib/private-file-response"

/** A visit photo, served by the backend only within the session's scope (account, sites, one intervention). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; photoId: string }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse(null, { status: 404 })
  const { id, photoId } = await params
  return privateFileResponse(await fetchInterventionPhoto(id, photoId, token), "private, max-age=300")
}
