import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Every client route but the public branding needs a signed-in client: a member's customer token, or a
 * token we issued for a secure link or a staff member viewing the portal as a client.
 */
export const storePortalAuthMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/portal/me*",
    middlewares: [authenticate("customer", ["bearer", "session"])],
  },
  {
    matcher: "/store/portal/sites*",
    middlewares: [authenticate("customer", ["bearer", "session"])],
  },
  {
    matcher: "/store/portal/members*",
    middlewares: [authenticate("customer", ["bearer", "session"])],
  },
  {
    matcher: "/store/portal/quotes*",
    middlewares: [authenticate("customer", ["bearer", "session"])],
  },
  {
    matcher: "/store/portal/equipment*",
    middlewares: [authenticate("customer", ["bearer", "session"])],
  },
]
