import "server-only"
import { cookies } from "next/headers"

/** Name of the httpOnly cookie that holds the client's Medusa token. */
export const PORTAL_TOKEN_COOKIE = "portal_token"

/** Lifetime of the cookie; the token itself may expire sooner (401 then). */
const TOKEN_MAX_AGE_SECONDS = 60 * 60 * 24 * 7

export async function getPortalToken(): Promise<string | undefined> {
  const store = await cookies()
  const value = store.get(PORTAL_TOKEN_COOKIE)?.value
  return value ? value : undefined
}

/** Headers authenticating a request as the signed-in client (empty if none). */
export async function getAuthHeaders(): Promise<{ authorization: string } | Record<string, never>> {
  const token = await getPortalToken()
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** The cookie's settings, shared by server actions and route handlers (view as client). */
export function portalTokenCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax",
    // Browsers accept Secure cookies on http://localhost, so the demo and the tests work in production mode.
    secure: process.env.NODE_ENV === "production",
    path: "/",
    maxAge: TOKEN_MAX_AGE_SECONDS,
  } as const
}

/** Stores the token. Only callable from a server action or route handler. */
export async function setPortalToken(token: string): Promise<void> {
  const store = await cookies()
  store.set(PORTAL_TOKEN_COOKIE, token, portalTokenCookieOptions())
}

/** Forgets the token. Only callable from a server action or route handler. */
export async function clearPortalToken(): Promise<void> {
  const store = await cookies()
  store.delete(PORTAL_TOKEN_COOKIE)
}
