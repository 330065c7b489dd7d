import type { MiddlewareRoute } from "@medusajs/framework/http"
import { authenticatePortalClient } from "./authenticate-client"

/**
 * Every client route but the public branding needs a signed-in client: a member's customer token, or a
 * token we issued for a secure link or a staff member viewing the portal as a client.
 */
export const storePortalAuthMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/portal/me*",
    middlewares: [authenticatePortalClient()],
  },
  {
    matcher: "/store/portal/sites*",
    middlewares: [authenticatePortalClient()],
  },
  {
    matcher: "/store/portal/members*",
    middlewares: [authenticatePortalClient()],
  },
  {
    matcher: "/store/portal/invitations*",
    middlewares: [authenticatePortalClient()],
  },
  {
    matcher: "/store/portal/quotes*",
    middlewares: [authenticatePortalClient()],
  },
  {
    matcher: "/store/portal/equipment*",
    middlewares: [authenticatePortalClient()],
  },
]
