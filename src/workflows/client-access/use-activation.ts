import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensurePortalIdentityStep } from "./steps/ensure-portal-identity"
import { loadCustomerContactStep } from "./steps/load-customer-contact"
import { markMemberSignedInStep } from "./steps/mark-member-signed-in"
import { recordAccessEventStep, type RequestOrigin } from "./steps/record-access-event"
import { useActivationStep } from "./steps/use-activation"

export type UseActivationInput = RequestOrigin & { letter_code: string; email_code: string }

export const useActivationWorkflowId = "portal-use-activation"

/**
 * A new member types the code from the posted letter and the one from the e-mail: the activation is used,
 * the member activated and signed in, and given an auth identity for later sign-ins with codes. The
 * caller mints the customer token for the returned auth identity.
 */
export const useActivationWorkflow = createWorkflow(useActivationWorkflowId, (input: UseActivationInput) => {
  const outcome = useActivationStep({ letter_code: input.letter_code, email_code: input.email_code })
  recordAccessEventStep(
    transform({ input, outcome }, ({ input, outcome }) => ({
      event: outcome.ok ? ("activation_used" as const) : ("activation_refused" as const),
      account_id: outcome.account_id,
      member_id: outcome.member_id,
      customer_id: outcome.customer_id,
      ip: input.ip,
      user_agent: input.user_agent,
      details: { activation_id: outcome.activation_id, ...(outcome.reason ? { reason: outcome.reason } : {}) },
    }))
  )
  const identity = when({ outcome }, ({ outcome }) => outcome.ok).then(() => {
    markMemberSignedInStep(transform({ outcome }, ({ outcome }) => ({ member_id: outcome.member_id! })))
    const contact = loadCustomerContactStep(transform({ outcome }, ({ outcome }) => ({ customer_id: outcome.customer_id! })))
    return ensurePortalIdentityStep(contact)
  })
  return new WorkflowResponse(
    transform({ outcome, identity }, ({ outcome, identity }) => ({
      ok: outcome.ok && !!identity,
      auth_identity_id: identity?.auth_identity_id ?? null,
    }))
  )
})
