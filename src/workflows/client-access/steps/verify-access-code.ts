import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { codeHashSecret, hashesMatch, hashShortCode } from "../../../lib/secure-token"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

/** Wrong tries after which a code is dead, even for the right value. */
export const MAX_CODE_ATTEMPTS = 5

export type VerifyAccessCodeOutcome = {
  ok: boolean
  /** For the access log only: the client gets the same 401 whatever the reason. */
  reason: "no_live_code" | "wrong_code" | "locked" | "portal_disabled" | "not_a_member" | null
  access_code_id: string | null
  customer_id: string | null
  member_id: string | null
  account_id: string | null
}

type CodeState = { id: string; failed_attempts: number; consumed_at: Date | null }

export const verifyAccessCodeStepId = "verify-access-code"

/**
 * Checks a code against the live codes of an identifier (not consumed, not expired, under 5 wrong tries).
 * A wrong code counts against every live code of the identifier; the right one consumes them all, so no
 * older code can be used afterwards. Runs under a lock on the identifier, so parallel guesses are counted
 * one by one and a code is consumed once. Never throws for a bad code: the outcome says why, and the
 * counters written here must stay even though the client is refused.
 */
export const verifyAccessCodeStep = createStep(
  verifyAccessCodeStepId,
  async ({ identifier, code }: { identifier: string; code: string }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const hash = hashShortCode(code, codeHashSecret(container), "access-code")

    const { outcome, before } = await locking.execute(`portal-otp:${identifier}`, async () => {
      const now = new Date()
      const rows = await service.listAccessCodes(
        { identifier, consumed_at: null, code_hash: { $ne: null }, expires_at: { $gt: now } },
        { order: { created_at: "DESC" }, take: 20 }
      )
      const live = rows.filter((r) => r.failed_attempts < MAX_CODE_ATTEMPTS)
      const before: CodeState[] = live.map((r) => ({ id: r.id, failed_attempts: r.failed_attempts, consumed_at: r.consumed_at }))
      const empty = { access_code_id: null, customer_id: null, member_id: null, account_id: null }
      if (!live.length) {
        return { outcome: { ok: false, reason: "no_live_code" as const, ...empty }, before }
      }
      const match = live.find((r) => hashesMatch(r.code_hash, hash))
      if (!match) {
        await service.updateAccessCodes(live.map((r) => ({ id: r.id, failed_attempts: r.failed_attempts + 1 })))
        const locked = live.some((r) => r.failed_attempts + 1 >= MAX_CODE_ATTEMPTS)
        return {
          outcome: { ok: false, reason: locked ? ("locked" as const) : ("wrong_code" as const), ...empty, access_code_id: live[0].id, customer_id: live[0].customer_id },
          before,
        }
      }
      await service.updateAccessCodes(live.map((r) => ({ id: r.id, consumed_at: now })))
      return {
        outcome: { ok: true, reason: null, ...empty, access_code_id: match.id, customer_id: match.customer_id },
        before,
      }
    }, { timeout: 10 })

    // The account may have been disabled, or the member removed, since the code was sent.
    let result: VerifyAccessCodeOutcome = outcome
    if (outcome.customer_id) {
      const [member] = await service.listAccountMembers({ customer_id: outcome.customer_id }, { relations: ["account"] })
      result = { ...outcome, member_id: member?.id ?? null, account_id: member?.account.id ?? null }
      if (outcome.ok && !member) result = { ...result, ok: false, reason: "not_a_member" }
      else if (outcome.ok && !member.account.portal_enabled) result = { ...result, ok: false, reason: "portal_disabled" }
    }
    return new StepResponse(result, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    await container
      .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      .updateAccessCodes(before.map((b) => ({ id: b.id, failed_attempts: b.failed_attempts, consumed_at: b.consumed_at })))
  }
)
