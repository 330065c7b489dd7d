import "server-only"
import { NextResponse } from "next/server"
import { getPortalToken } from "./session"

const backendUrl = process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"
const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY

/**
 * A sales document (order form, delivery note, invoice, price list) fetched from the backend with the client's
 * token, which lives in an httpOnly cookie the browser cannot send there itself, and streamed through as an
 * attachment. Anything but success is a plain status with a short text; another account's document is a 404
 * like a missing one.
 */
export async function streamBackendDocument(path: string, fallbackName: string, query?: Record<string, string>): Promise<NextResponse> {
  const token = await getPortalToken()
  if (!token) return new NextResponse("Sign in to download this document.", { status: 401 })
  const url = new URL(path, backendUrl)
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, value)
  const answer = await fetch(url, {
    headers: { authorization: `Bearer ${token}`, ...(publishableKey ? { "x-publishable-api-key": publishableKey } : {}) },
    cache: "no-store",
  })
  if (!answer.ok || !answer.body) {
    const status = answer.status === 404 || answer.status === 401 || answer.status === 403 ? answer.status : 502
    return new NextResponse(status === 404 ? "Document not found." : "The document is not available right now.", { status })
  }
  return new NextResponse(answer.body, {
    status: 200,
    headers: {
      "content-type": answer.headers.get("content-type") ?? "application/octet-stream",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="${fallbackName}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  })
}
