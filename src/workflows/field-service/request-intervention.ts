import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { INTERVENTION_EVENTS } from "../../modules/fieldService/contract"
import { createInterventionStep, type InterventionData, type StatusActor } from "./steps/create-intervention"

export type RequestInterventionInput = {
  data: InterventionData
  actor: StatusActor & { customer_id: string | null; name: string | null }
}

/**
 * A client asks for a visit: the intervention is created as requested (staff's "to schedule" inbox), and once
 * the workflow succeeded `portal.intervention.requested` alerts staff. The route checked site, machine and type
 * belong to the caller's scope.
 */
export const requestInterventionWorkflow = createWorkflow("request-field-intervention", (input: RequestInterventionInput) => {
  const created = createInterventionStep(transform({ input }, ({ input }) => ({ data: input.data, actor: { type: input.actor.type, id: input.actor.id } })))
  emitEventStep(
    transform({ input, created }, ({ input, created }) => ({
      eventName: input.data.linked_intervention_id ? INTERVENTION_EVENTS.linked_created : INTERVENTION_EVENTS.requested,
      data: {
        id: created.id,
        number: created.number,
        account_id: created.account_id,
        actor_customer_id: input.actor.customer_id,
        actor_name: input.actor.name,
        site_id: input.data.site_id,
        equipment_id: input.data.equipment_id,
        linked_intervention_id: input.data.linked_intervention_id ?? null,
      },
    }))
  )
  return new WorkflowResponse(created)
})
