import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type SecureLinkOutcome = {
  ok: boolean
  reason: "unknown" | "revoked" | "expired" | "portal_disabled" | "method_disabled" | null
  secure_link_id: string | null
  account_id: string | null
  scope: "account" | "site" | "intervention" | null
  site_id: string | null
  intervention_id: string | null
  allow_actions: boolean
  expires_at: string | null
}

type LinkUse = { id: string; last_used_at: Date | null; use_count: number }

export const openSecureLinkStepId = "open-secure-link"

/**
 * Checks a secure link by its token's hash (unknown, revoked, expired, portal disabled, access method off)
 * and, when it opens, counts the use. Never throws for a refused link: the refusal is logged by the
 * workflow and must not be rolled back. Compensation restores the use counters.
 */
export const openSecureLinkStep = createStep<{ token_hash: string }, SecureLinkOutcome, LinkUse | undefined>(
  openSecureLinkStepId,
  async ({ token_hash }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const [link] = await service.listSecureLinks({ token_hash }, { relations: ["account"] })
    const base: SecureLinkOutcome = {
      ok: false,
      reason: "unknown",
      secure_link_id: link?.id ?? null,
      account_id: link?.account.id ?? null,
      scope: link?.scope ?? null,
      site_id: link?.site_id ?? null,
      intervention_id: link?.intervention_id ?? null,
      allow_actions: link?.allow_actions ?? false,
      expires_at: link ? new Date(link.expires_at).toISOString() : null,
    }
    if (!link) return new StepResponse(base)
    const settings = await service.resolvePortalSettings()
    const reason: SecureLinkOutcome["reason"] = link.revoked_at
      ? "revoked"
      : new Date(link.expires_at) <= new Date()
        ? "expired"
        : !link.account.portal_enabled
          ? "portal_disabled"
          : !settings.access_methods.secure_link
            ? "method_disabled"
            : null
    if (reason) return new StepResponse({ ...base, reason })

    await service.updateSecureLinks({ id: link.id, last_used_at: new Date(), use_count: link.use_count + 1 })
    return new StepResponse({ ...base, ok: true, reason: null }, {
      id: link.id,
      last_used_at: link.last_used_at,
      use_count: link.use_count,
    })
  },
  async (previous, { container }) => {
    if (previous) await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateSecureLinks(previous)
  }
)
