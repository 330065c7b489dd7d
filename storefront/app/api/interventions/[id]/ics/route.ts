import { NextResponse } from "next/server"
import { fetchInterventionFile } from "@/lib/data/interventions"
import { getPortalToken } from "@/lib/data/session"

/**
 * An intervention's calendar file (.ics), fetched with the client's token from the httpOnly cookie (the
 * browser cannot send it to the backend itself) and streamed through as a download.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const token = await getPortalToken()
  if (!token) return new NextResponse("Sign in to download this appointment.", { status: 401 })
  const { id } = await params
  const answer = await fetchInterventionFile("ics", id, token)
  if (!answer.ok || !answer.body) {
    const known = [400, 401, 403, 404].includes(answer.status)
    return new NextResponse(answer.status === 404 ? "Intervention not found." : "The calendar file is not available right now.", {
      status: known ? answer.status : 502,
    })
  }
  return new NextResponse(answer.body, {
    status: 200,
    headers: {
      "content-type": answer.headers.get("content-type") ?? "text/calendar; charset=utf-8",
      "content-disposition": answer.headers.get("content-disposition") ?? `attachment; filename="intervention-${id}.ics"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  })
}
