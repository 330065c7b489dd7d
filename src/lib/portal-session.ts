import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import type { PortalTokenClaims } from "./portal-actor"

type SessionSubject =
  | { kind: "link"; secure_link_id: string }
  | { kind: "impersonation"; customer_id: string; user_id: string; log_id: string }

/**
 * The actor type of the tokens issued here. Not "customer": Medusa's own store routes would take a view-as
 * token for the customer itself (and let staff change the customer's account, carts and orders through a
 * read-only session) and a link token for a customer whose id is the link's. Only the portal's routes,
 * through authenticatePortalClient, accept it.
 */
export const PORTAL_SESSION_ACTOR_TYPE = "portal_session"

/**
 * Issues a portal token for a session that did not come through a customer sign-in: a secure link or a
 * staff member viewing the portal as a client. `getPortalActor` reads the claims and narrows the session.
 * Signed with Medusa's own secret.
 */
export function issuePortalToken(scope: MedusaContainer, subject: SessionSubject, expiresIn: string | number): string {
  const { http } = scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const claims: PortalTokenClaims & { customer_id?: string } =
    subject.kind === "link"
      ? { portal_link_id: subject.secure_link_id }
      : {
          customer_id: subject.customer_id,
          portal_impersonation: { user_id: subject.user_id, log_id: subject.log_id },
        }
  return generateJwtToken(
    {
      actor_id: subject.kind === "link" ? subject.secure_link_id : subject.customer_id,
      actor_type: PORTAL_SESSION_ACTOR_TYPE,
      auth_identity_id: "",
      app_metadata: claims,
    },
    { secret: http.jwtSecret, expiresIn, jwtOptions: http.jwtOptions }
  )
}
