import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { generateSecureToken } from "../../../lib/secure-token"
import { PORTAL_OTP_PROVIDER_ID, type PortalOtpProviderMetadata } from "../../../providers/portal-otp/service"

/** Long enough for the forwarded request to reach Medusa's callback route, short enough to be useless later. */
export const SIGN_IN_GRANT_TTL_MS = 60 * 1000

export const issueSignInGrantStepId = "issue-sign-in-grant"

/**
 * After a verified code: leaves a one-time grant (hash only) on the member's `portal-otp` provider identity
 * for the provider's `validateCallback` to redeem (see src/providers/portal-otp/service.ts for why). Returns
 * the clear grant and the entity id to redeem it with; compensation restores the previous metadata.
 */
export const issueSignInGrantStep = createStep(
  issueSignInGrantStepId,
  async ({ auth_identity_id, identifier }: { auth_identity_id: string; identifier: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const identities = await auth.listProviderIdentities({ auth_identity_id, provider: PORTAL_OTP_PROVIDER_ID })
    const identity = identities.find((p) => p.entity_id === identifier) ?? identities[0]
    if (!identity) throw new Error(`Auth identity ${auth_identity_id} has no ${PORTAL_OTP_PROVIDER_ID} identity`)
    const previous = (identity.provider_metadata ?? {}) as PortalOtpProviderMetadata
    const { token, hash } = generateSecureToken()
    await auth.updateProviderIdentities({
      id: identity.id,
      provider_metadata: {
        ...previous,
        grant_hash: hash,
        grant_expires_at: new Date(Date.now() + SIGN_IN_GRANT_TTL_MS).toISOString(),
      },
    })
    return new StepResponse({ entity_id: identity.entity_id, grant: token }, { id: identity.id, previous })
  },
  async (data, { container }) => {
    if (data) await container.resolve(Modules.AUTH).updateProviderIdentities({ id: data.id, provider_metadata: data.previous })
  }
)
