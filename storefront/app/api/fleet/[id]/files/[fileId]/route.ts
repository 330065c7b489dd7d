import { NextResponse, type NextRequest } from "next/server"
import { fetchEquipmentFile } from "@/lib/data/fleet"
import { getPortalToken } from "@/lib/data/session"
import { privateFileResponse } from "@/lib/private-file-response"

/** A private photo or document of a machine, served by the backend only to the owning account. */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse(null, { status: 404 })
  const { id, fileId } = await params
  return privateFileResponse(await fetchEquipmentFile(id, fileId, token), "private, max-age=300")
}
