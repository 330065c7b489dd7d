import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, generateJwtToken } from "@medusajs/framework/utils"
import type { PortalTokenClaims } from "./portal-actor"

type SessionSubject =
  | { kind: "link"; secure_link_id: string }
  | { kind: "impersonation"; customer_id: string; user_id: string; log_id: string }

/**
 * Issues a portal token for a session that did not come through a customer sign-in: a secure link or a
 * staff member viewing the portal as a client. It is a customer token to Medusa's `authenticate`
 * middleware; `getPortalActor` reads the claims and narrows the session. Signed with Medusa's own secret.
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
      actor_type: "customer",
      auth_identity_id: "",
      app_metadata: claims,
    },
    { secret: http.jwtSecret, expiresIn, jwtOptions: http.jwtOptions }
  )
}
