import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getPortalActor, type PortalTokenClaims } from "../../../lib/portal-actor"
import { SIGNED_IN_PORTAL_PATHS } from "./middlewares"

/** What a link that opens one intervention may call: who it is, and that intervention (each route checks the id). */
const INTERVENTION_LINK_PATHS = /^\/store\/portal\/(me|interventions)(\/.*)?$/i

/**
 * A secure link scoped to one intervention (the Synchroteam model) sees that intervention alone: every other
 * signed-in portal route answers 403, the same for all, before the route runs. The interventions' routes keep
 * it to its one intervention themselves (another id answers 404).
 */
export function confineInterventionLinks() {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const claims = ((req as MedusaRequest & { auth_context?: { app_metadata?: PortalTokenClaims } }).auth_context?.app_metadata ?? {}) as PortalTokenClaims
    if (!claims.portal_link_id) return next()
    try {
      const actor = await getPortalActor(req as Parameters<typeof getPortalActor>[0])
      const path = new URL(req.originalUrl, "http://portal.invalid").pathname.replace(/\/+$/, "")
      if (actor.intervention_id && !INTERVENTION_LINK_PATHS.test(path)) {
        return next(new MedusaError(MedusaError.Types.FORBIDDEN, "This link opens one intervention only"))
      }
      return next()
    } catch (error) {
      return next(error)
    }
  }
}

export const storePortalLinkScopeMiddlewares: MiddlewareRoute[] = [{ matcher: SIGNED_IN_PORTAL_PATHS, middlewares: [confineInterventionLinks()] }]
