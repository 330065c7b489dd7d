import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { findIntervention, interventionNotFound } from "../../lib/field-service/interventions"
import { cancelVerdict } from "../../lib/field-service/rules"
import { fieldServiceSettings } from "../../lib/field-service/settings"
import { INTERVENTION_EVENTS } from "../../modules/fieldService/contract"
import type { StatusActor } from "./steps/create-intervention"
import { ruleRefusal } from "./steps/plan-placement"
import { transitionInterventionStep } from "./steps/transition-intervention"

export type CancelInterventionInput = {
  intervention_id: string
  scope: { account_id: string; site_ids: string[] | null; id: string | null } | null
  reason: string | null
  actor: StatusActor
  actor_name: string | null
  lock_owner: string
}

/** Under the lock, the client's cancel rules (status, deadline); staff may cancel any request or visit not started. */
const checkCancelStep = createStep("check-field-intervention-cancel", async (input: CancelInterventionInput, { container }) => {
  const i = await findIntervention(container, input.intervention_id, input.scope ?? {})
  if (!i) throw interventionNotFound(input.intervention_id)
  if (input.scope) {
    const verdict = cancelVerdict(i, await fieldServiceSettings(container), Date.now())
    if (!verdict.ok) throw ruleRefusal(verdict)
  }
  return new StepResponse({ id: i.id, number: i.number, account_id: i.account_id, technician_id: i.technician?.id ?? null })
})

/** A client or staff cancels an intervention; its window stops holding the technician's time at once. */
export const cancelInterventionWorkflow = createWorkflow("cancel-field-intervention", (input: CancelInterventionInput) => {
  const key = transform({ input }, ({ input }) => `field-intervention:${input.intervention_id}`)
  acquireLockStep({ key, timeout: 30, retryInterval: 0.05, ttl: 60, ownerId: input.lock_owner })
  const checked = checkCancelStep(input)
  transitionInterventionStep(
    transform({ input }, ({ input }) => ({
      id: input.intervention_id,
      transition: "cancel" as const,
      fields: { cancelled_at: new Date(), cancellation_reason: input.reason },
      actor: input.actor,
      note: input.reason,
    }))
  )
  emitEventStep(
    transform({ input, checked }, ({ input, checked }) => ({
      eventName: INTERVENTION_EVENTS.cancelled,
      data: { ...checked, actor_customer_id: null, actor_name: input.actor_name, reason: input.reason, by_staff: !input.scope },
    }))
  )
  releaseLockStep({ key, ownerId: input.lock_owner })
  return new WorkflowResponse(checked)
})
