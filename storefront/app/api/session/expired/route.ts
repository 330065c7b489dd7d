import { NextResponse, type NextRequest } from "next/server"
import { toLocale } from "@/i18n/routing"
import { PORTAL_TOKEN_COOKIE } from "@/lib/data/session"

/**
 * Where the portal sends a visitor whose token the backend refused: clears the cookie (a page cannot)
 * and continues to the sign-in page with a notice. `reason=forbidden` is a valid sign-in that gives no
 * portal (not a client, or the account's portal was switched off); anything else is an ended session.
 */
export function GET(request: NextRequest) {
  const locale = toLocale(request.nextUrl.searchParams.get("locale"))
  const notice = request.nextUrl.searchParams.get("reason") === "forbidden" ? "denied=1" : "expired=1"
  const response = NextResponse.redirect(new URL(`/${locale}/sign-in?${notice}`, request.url), 303)
  response.cookies.delete(PORTAL_TOKEN_COOKIE)
  return response
}
