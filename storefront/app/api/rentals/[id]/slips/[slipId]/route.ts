import { NextResponse } from "next/server"
import { getPortalToken } from "@/lib/data/session"

const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY

/**
 * An exit or return slip's PDF, fetched with the client's token from the httpOnly cookie (the browser cannot
 * send it to the backend itself) and streamed through unchanged. Another account's slip is the backend's 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; slipId: string }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse("Sign in to download this slip.", { status: 401 })
  const { id, slipId } = await params
  const url = new URL(`/store/portal/rentals/${encodeURIComponent(id)}/slips/${encodeURIComponent(slipId)}`, backendUrl)
  const answer = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}) },
    cache: "no-store",
  })
  if (!answer.ok || !answer.body) {
    return new NextResponse(answer.status === 404 ? "Slip not found." : "The PDF is not available right now.", {
      status: answer.status === 404 || answer.status === 401 || answer.status === 403 ? answer.status : 502,
    })
  }
  return new NextResponse(answer.body, {
    status: 200,
    headers: {
      "content-type": answer.headers.get("content-type") ?? "application/pdf",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="slip-${slipId}.pdf"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
