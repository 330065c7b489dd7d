import { NextResponse, type NextRequest } from "next/server"
import { getPortalToken } from "@/lib/data/session"

const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY

/**
 * A quote's PDF, fetched with the client's token from the httpOnly cookie (the browser cannot send it to
 * the backend itself) and streamed through unchanged.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse("Sign in to download this quote.", { status: 401 })
  const { id } = await params
  const version = request.nextUrl.searchParams.get("version")
  const url = new URL(`/store/portal/quotes/${encodeURIComponent(id)}/pdf`, backendUrl)
  if (version && /^\d+$/.test(version)) url.searchParams.set("version", version)

  const answer = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}) },
    cache: "no-store",
  })
  if (!answer.ok || !answer.body) {
    return new NextResponse(answer.status === 404 ? "Quote not found." : "The PDF is not available right now.", {
      status: answer.status === 404 || answer.status === 401 || answer.status === 403 ? answer.status : 502,
    })
  }
  return new NextResponse(answer.body, {
    status: 200,
    headers: {
      "content-type": answer.headers.get("content-type") ?? "application/pdf",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="quote-${id}.pdf"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
