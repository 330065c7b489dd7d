import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { codeHashSecret, hashesMatch, hashShortCode } from "../../../lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type ActivationOutcome = {
  ok: boolean
  reason: "unknown" | "wrong_email_code" | "used" | "expired" | "portal_disabled" | "method_disabled" | null
  activation_id: string | null
  member_id: string | null
  customer_id: string | null
  account_id: string | null
}

export const useActivationStepId = "use-activation"

/**
 * Checks both halves of an activation (letter and e-mail) and marks it used when both are right, unused
 * and unexpired. A refusal changes nothing (the workflow logs it). Compensation clears `used_at`.
 */
export const useActivationStep = createStep<{ letter_code: string; email_code: string }, ActivationOutcome, string | undefined>(
  useActivationStepId,
  async ({ letter_code, email_code }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const secret = codeHashSecret(container)
    const [activation] = await service.listActivations({
      letter_code_hash: hashShortCode(letter_code, secret, "activation-letter"),
    })
    const none = { activation_id: null, member_id: null, customer_id: null, account_id: null }
    if (!activation) return new StepResponse({ ok: false, reason: "unknown", ...none })
    const [member] = await service.listAccountMembers({ id: activation.member_id }, { relations: ["account"] })
    const who = {
      activation_id: activation.id,
      member_id: activation.member_id,
      customer_id: member?.customer_id ?? null,
      account_id: member?.account.id ?? null,
    }
    const settings = await service.resolvePortalSettings()
    const reason: ActivationOutcome["reason"] = !hashesMatch(
      activation.email_code_hash,
      hashShortCode(email_code, secret, "activation-email")
    )
      ? "wrong_email_code"
      : activation.used_at
        ? "used"
        : new Date(activation.expires_at) <= new Date()
          ? "expired"
          : !member
            ? "unknown"
            : !member.account.portal_enabled
              ? "portal_disabled"
              : !settings.access_methods.activation_letter
                ? "method_disabled"
                : null
    if (reason) return new StepResponse({ ok: false, reason, ...who })
    await service.updateActivations({ id: activation.id, used_at: new Date() })
    return new StepResponse({ ok: true, reason: null, ...who }, activation.id)
  },
  async (activationId, { container }) => {
    if (activationId) {
      await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateActivations({ id: activationId, used_at: null })
    }
  }
)
