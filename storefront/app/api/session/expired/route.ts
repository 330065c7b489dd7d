import { NextResponse, type NextRequest } from "next/server"
import { toLocale } from "@/i18n/routing"
import { PORTAL_TOKEN_COOKIE } from "@/lib/data/session"

/**
 * Where the portal sends a visitor whose token Medusa refused: clears the
 * cookie (a page cannot) and continues to the sign-in page with a notice.
 */
export function GET(request: NextRequest) {
  const locale = toLocale(request.nextUrl.searchParams.get("locale"))
  const response = NextResponse.redirect(new URL(`/${locale}/sign-in?expired=1`, request.url), 303)
  response.cookies.delete(PORTAL_TOKEN_COOKIE)
  return response
}
