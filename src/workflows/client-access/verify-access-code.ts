import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensurePortalIdentityStep } from "./steps/ensure-portal-identity"
import { issueSignInGrantStep } from "./steps/issue-sign-in-grant"
import { markMemberSignedInStep } from "./steps/mark-member-signed-in"
import { recordAccessEventStep, type RequestOrigin } from "./steps/record-access-event"
import { verifyAccessCodeStep } from "./steps/verify-access-code"
import { loadCustomerContactStep } from "./steps/load-customer-contact"
import { acceptMemberInvitationStep } from "./steps/accept-member-invitation"

export type VerifyAccessCodeInput = RequestOrigin & { identifier: string; code: string }

export const verifyAccessCodeWorkflowId = "portal-verify-access-code"

/**
 * Checks a sign-in code. A right code sent to an invited address accepts the invitation (the person joins
 * the account). On success the member is marked signed in and a one-time grant is returned for
 * Medusa's callback route to exchange for the customer token; on failure the wrong try stays counted and
 * logged (the workflow does not fail, so nothing of that is rolled back).
 */
export const verifyAccessCodeWorkflow = createWorkflow(verifyAccessCodeWorkflowId, (input: VerifyAccessCodeInput) => {
  const checked = verifyAccessCodeStep({ identifier: input.identifier, code: input.code })
  const outcome = acceptMemberInvitationStep({ identifier: input.identifier, outcome: checked })

  const logInput = transform({ input, outcome }, ({ input, outcome }) => ({
    event: outcome.ok ? ("signed_in" as const) : outcome.reason === "locked" ? ("code_locked" as const) : ("code_failed" as const),
    identifier: input.identifier,
    account_id: outcome.account_id,
    member_id: outcome.member_id,
    customer_id: outcome.customer_id,
    ip: input.ip,
    user_agent: input.user_agent,
    details: { access_code_id: outcome.access_code_id, method: "code", ...(outcome.reason ? { reason: outcome.reason } : {}) },
  }))
  recordAccessEventStep(logInput)

  const grant = when({ outcome }, ({ outcome }) => outcome.ok).then(() => {
    const memberId = transform({ outcome }, ({ outcome }) => ({ member_id: outcome.member_id! }))
    markMemberSignedInStep(memberId)
    const contact = loadCustomerContactStep(transform({ outcome }, ({ outcome }) => ({ customer_id: outcome.customer_id! })))
    const identity = ensurePortalIdentityStep(contact)
    return issueSignInGrantStep(
      transform({ identity, input }, ({ identity, input }) => ({
        auth_identity_id: identity.auth_identity_id,
        identifier: input.identifier,
      }))
    )
  })

  return new WorkflowResponse(
    transform({ outcome, grant }, ({ outcome, grant }) => ({ ok: outcome.ok && !!grant, grant: grant ?? null }))
  )
})
