import { NextResponse, type NextRequest } from "next/server"
import { toLocale } from "@/i18n/routing"
import { PORTAL_TOKEN_COOKIE, portalTokenCookieOptions } from "@/lib/data/session"

/**
 * Staff "view as client": the admin opens `/<locale>/view-as?token=<session token>`. The token goes into
 * the httpOnly cookie and the browser is sent on to the dashboard, so the token leaves the address bar
 * and the history (303: the next request is a plain GET). The session itself is read-only; the portal
 * shows a banner for it.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale)
  const token = request.nextUrl.searchParams.get("token")
  if (!token) {
    return NextResponse.redirect(new URL(`/${locale}/sign-in`, request.url), 303)
  }
  const response = NextResponse.redirect(new URL(`/${locale}/dashboard`, request.url), 303)
  response.cookies.set(PORTAL_TOKEN_COOKIE, token, portalTokenCookieOptions())
  // The page that carried the token must not leak it to other sites.
  response.headers.set("Referrer-Policy", "no-referrer")
  response.headers.set("Cache-Control", "no-store")
  return response
}
