import { NextResponse, type NextRequest } from "next/server"
import { toLocale } from "@/i18n/routing"
import { exchangeViewAsCode } from "@/lib/data/auth"
import { PORTAL_TOKEN_COOKIE, portalTokenCookieOptions } from "@/lib/data/session"

/**
 * Staff "view as client": the admin opens `/<locale>/view-as?code=<one-time code>`. The code is exchanged
 * here, server-side, for the read-only session it was issued for (once: a second opening, or any other
 * value, signs nobody in), so a crafted URL cannot plant a session. The session goes into the httpOnly
 * cookie and the browser is sent on to the dashboard (303: the next request is a plain GET), the code
 * leaving the address bar and the history. The portal shows a banner for the session.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ locale: string }> }) {
  const locale = toLocale((await params).locale)
  const code = request.nextUrl.searchParams.get("code")
  const exchanged = code ? await exchangeViewAsCode(code) : null
  const response = NextResponse.redirect(new URL(exchanged?.ok ? `/${locale}/dashboard` : `/${locale}/sign-in`, request.url), 303)
  if (exchanged?.ok) response.cookies.set(PORTAL_TOKEN_COOKIE, exchanged.token, portalTokenCookieOptions())
  // The page that carried the code must not leak it to other sites.
  response.headers.set("Referrer-Policy", "no-referrer")
  response.headers.set("Cache-Control", "no-store")
  return response
}
