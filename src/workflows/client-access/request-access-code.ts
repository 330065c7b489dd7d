import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AccessIdentifier } from "../../lib/access-identifier"
import { createAccessCodeStep } from "./steps/create-access-code"
import { ensurePortalIdentityStep } from "./steps/ensure-portal-identity"
import { recordAccessEventStep, type RequestOrigin } from "./steps/record-access-event"
import { resolveSignInTargetStep } from "./steps/resolve-sign-in-target"

export type RequestAccessCodeInput = RequestOrigin & { identifier: AccessIdentifier; raw: string }

export const requestAccessCodeWorkflowId = "portal-request-access-code"

/**
 * A client asks for a sign-in code. Records the request (always, for the limits and the log), makes sure
 * a member can sign in with this identifier (members seeded or created before this provider existed get
 * their identity here), and returns what to deliver. Delivery is left to the caller: a mail or SMS cannot
 * be recalled, and it must not change the answer the client gets.
 */
export const requestAccessCodeWorkflow = createWorkflow(requestAccessCodeWorkflowId, (input: RequestAccessCodeInput) => {
  const target = resolveSignInTargetStep({ identifier: input.identifier, raw: input.raw })

  when({ target }, ({ target }) => target.channel !== "none" && !!target.customer_id).then(() => {
    const identity = transform({ target }, ({ target }) => ({
      customer_id: target.customer_id!,
      email: target.customer_email,
      phone: target.customer_phone,
    }))
    ensurePortalIdentityStep(identity)
  })

  const codeInput = transform({ input, target }, ({ input, target }) => ({
    identifier: input.identifier.value,
    customer_id: target.customer_id,
    channel: target.channel,
    ip: input.ip,
  }))
  const code = createAccessCodeStep(codeInput)

  const logInput = transform({ input, target, code }, ({ input, target, code }) => ({
    event: "code_requested" as const,
    identifier: input.identifier.value,
    account_id: target.account_id,
    member_id: target.member_id,
    customer_id: target.customer_id,
    ip: input.ip,
    user_agent: input.user_agent,
    details: { access_code_id: code.id, channel: target.channel, refusal: target.refusal },
  }))
  const log = recordAccessEventStep(logInput)

  const result = transform({ target, code, log }, ({ target, code, log }) => ({
    access_code_id: code.id,
    log_entry_id: log.id,
    delivery:
      target.channel !== "none" && code.code && target.destination
        ? {
            channel: target.channel,
            to: target.destination,
            code: code.code,
            locale: target.locale,
            first_name: target.first_name,
          }
        : null,
  }))
  return new WorkflowResponse(result)
})
