import { createPublicKey, createSecretKey, KeyObject } from "node:crypto"
import {
  authenticate,
  getAuthContextFromJwtToken,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import type { ConfigModule, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PORTAL_SESSION_ACTOR_TYPE } from "../../../lib/portal-session"

type KeyMaterial = NonNullable<ConfigModule["projectConfig"]["http"]["jwtSecret"]>

/**
 * The key object jsonwebtoken would build from this material, built the same way: as a public key when it
 * parses as one, else as a shared secret. jsonwebtoken rebuilds it on every verification, and for a shared
 * secret that means a failed public-key parse each time: about an eighth of a portal request's CPU.
 */
function keyObjectOf(material: KeyMaterial): KeyMaterial {
  if (material instanceof KeyObject || (typeof material !== "string" && !Buffer.isBuffer(material))) return material
  try {
    return createPublicKey(material)
  } catch {
    return createSecretKey(typeof material === "string" ? Buffer.from(material) : material)
  }
}

/** A member's customer token, or a token the portal issued for a secure link or a staff view-as session. */
const PORTAL_ACTOR_TYPES = ["customer", PORTAL_SESSION_ACTOR_TYPE]

const keys = new Map<KeyMaterial, KeyMaterial>()
const cachedKey = (material: KeyMaterial | undefined) => {
  if (material === undefined) return undefined
  let key = keys.get(material)
  if (!key) {
    key = keyObjectOf(material)
    keys.set(material, key)
  }
  return key
}

/**
 * Medusa's `authenticate(PORTAL_ACTOR_TYPES, ["bearer", "session"])` for the portal's routes, with the
 * verification key built once. The common case (a valid bearer token, no session, no multi-factor claim) is
 * verified here by Medusa's own `getAuthContextFromJwtToken` with the host's secret, public key and options;
 * anything else (sessions, multi-factor authentication, missing or invalid tokens and their answers) goes
 * through Medusa's middleware unchanged.
 */
export function authenticatePortalClient() {
  const medusaAuthenticate = authenticate(PORTAL_ACTOR_TYPES, ["bearer", "session"])
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const session = (req as MedusaRequest & { session?: { auth_context?: unknown } }).session
    if (req.headers.authorization && !session?.auth_context) {
      const { http } = req.scope.resolve<ConfigModule>(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
      const secret = cachedKey(http.jwtSecret)
      if (secret) {
        const context = getAuthContextFromJwtToken(
          req.headers.authorization,
          secret,
          ["bearer"],
          PORTAL_ACTOR_TYPES,
          cachedKey(http.jwtPublicKey),
          http.jwtVerifyOptions ?? http.jwtOptions,
          req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
        )
        if (context?.actor_id && !context.mfa_enabled) {
          ;(req as MedusaRequest & { auth_context: typeof context }).auth_context = context
          return next()
        }
      }
    }
    return medusaAuthenticate(req, res, next)
  }
}

/**
 * Re-exported by every signed-in portal route file. Medusa authenticates every store request once more
 * (optionally, to know a signed-in customer); these routes opt out of that second verification because
 * authenticatePortalClient, matched in middlewares.ts, already did it and refuses unauthenticated calls.
 */
export const AUTHENTICATE = false
