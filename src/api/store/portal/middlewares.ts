import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticatePortalClient } from "./authenticate-client"

/**
 * The client routes anyone may call: what the sign-in page shows, and the exchanges that start a session
 * (a secure link, an activation, staff's view-as code). Every other route under /store/portal needs a signed-in client, so a
 * route added later is closed until it is named here.
 */
export const PUBLIC_PORTAL_ROUTES = [
  "/store/portal/branding",
  "/store/portal/links/exchange",
  "/store/portal/activations/exchange",
  "/store/portal/view-as/exchange",
]

const escape = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/**
 * Every path under /store/portal but the public ones (with or without a trailing slash), in any case:
 * Express routes paths case-insensitively. The match stops at `/store/portal` itself because Express skips
 * a middleware whose match does not end at a `/`.
 */
export const SIGNED_IN_PORTAL_PATHS = new RegExp(
  `^/store/portal(?=/|$)(?!(?:${PUBLIC_PORTAL_ROUTES.map((p) => escape(p.slice("/store/portal".length))).join("|")})/?$)`,
  "i"
)

/**
 * A signed-in client: a member's customer token, or a token we issued for a secure link or a staff member
 * viewing the portal as a client.
 */
export const storePortalAuthMiddlewares: MiddlewareRoute[] = [{ matcher: SIGNED_IN_PORTAL_PATHS, middlewares: [authenticatePortalClient()] }]
