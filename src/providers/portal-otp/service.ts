import type {
  AuthenticationInput,
  AuthenticationResponse,
  AuthIdentityProviderService,
  Logger,
} from "@medusajs/framework/types"
import { AbstractAuthModuleProvider } from "@medusajs/framework/utils"
import { hashesMatch, hashSecureToken } from "../../lib/secure-token"

export const PORTAL_OTP_PROVIDER_ID = "portal-otp"

/** What the verification step leaves on the provider identity for this provider to redeem once. */
export type PortalOtpProviderMetadata = {
  grant_hash?: string | null
  grant_expires_at?: string | null
  last_sign_in_at?: string | null
}

/**
 * Sign-in with one-time codes, as a Medusa auth provider (`portal-otp`), so clients get the usual customer
 * token from Medusa's own routes and the merchant's auth settings (MFA, verification, token expiry) apply.
 *
 * Why the codes are not checked here: an auth provider runs inside the auth module's container and cannot
 * reach the portal's module (members, accounts, codes, access log), the notification module or the
 * locking module. So the plugin's middlewares on `/auth/customer/portal-otp` and `.../callback` do that
 * work in workflows with the application's container:
 *  - asking for a code is answered by the middleware itself (Medusa's route would expect a token or a
 *    redirect from `authenticate`, neither of which fits "a code is on its way");
 *  - verifying a code, on success, leaves a one-time *grant* (256 random bits, stored as a SHA-256 hash on
 *    this provider's identity, valid 60 s) and hands the request on to Medusa's callback route, whose
 *    `validateCallback` below redeems the grant and returns the auth identity Medusa signs the token for.
 * The grant never leaves the server: the middleware puts it in the request it forwards, overwriting
 * anything the client sent, so a client can only reach `validateCallback` through a verified code.
 */
export class PortalOtpAuthService extends AbstractAuthModuleProvider {
  static identifier = PORTAL_OTP_PROVIDER_ID
  static DISPLAY_NAME = "Client portal one-time code"

  protected logger_: Logger

  // The provider takes no options: everything it checks is on the provider identity.
  constructor({ logger }: { logger: Logger }) {
    super()
    this.logger_ = logger
  }

  /** Clients are invited by staff: there is no self-sign-up through this provider. */
  async register(): Promise<AuthenticationResponse> {
    return { success: false, error: "Client portal accounts are created by invitation only" }
  }

  /**
   * Only reached if the plugin's middleware on `/auth/customer/portal-otp` is missing: the request for a code
   * is answered there, because sending it needs modules a provider cannot reach.
   */
  async authenticate(): Promise<AuthenticationResponse> {
    return {
      success: false,
      error: "Ask for a code with POST /auth/customer/portal-otp (the client-portal plugin's middleware answers it)",
    }
  }

  async validateCallback(
    data: AuthenticationInput,
    authIdentityService: AuthIdentityProviderService
  ): Promise<AuthenticationResponse> {
    const body = (data.body ?? {}) as { identifier?: unknown; grant?: unknown }
    const failure: AuthenticationResponse = { success: false, error: "Invalid or expired code" }
    if (typeof body.identifier !== "string" || typeof body.grant !== "string") return failure

    let identity
    try {
      identity = await authIdentityService.retrieve({ entity_id: body.identifier })
    } catch {
      return failure
    }
    const provider = identity.provider_identities?.find(
      (p) => p.provider === PORTAL_OTP_PROVIDER_ID && p.entity_id === body.identifier
    )
    const metadata = (provider?.provider_metadata ?? {}) as PortalOtpProviderMetadata
    const live = metadata.grant_expires_at ? new Date(metadata.grant_expires_at).getTime() > Date.now() : false
    if (!provider || !live || !hashesMatch(metadata.grant_hash, hashSecureToken(body.grant))) {
      return failure
    }
    // Single use: the grant is wiped before the identity is handed back.
    const updated = await authIdentityService.update(body.identifier, {
      provider_metadata: {
        ...metadata,
        grant_hash: null,
        grant_expires_at: null,
        last_sign_in_at: new Date().toISOString(),
      },
    })
    return { success: true, authIdentity: updated }
  }
}
