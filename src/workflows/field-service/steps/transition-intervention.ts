import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FIELD_SERVICE_MODULE } from "../../../modules/fieldService"
import { INTERVENTION_TRANSITIONS, type InterventionStatus, type InterventionTransition } from "../../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../../modules/fieldService/service"
import type { InterventionStateFields } from "../../../modules/fieldService/service"
import type { StatusActor } from "./create-intervention"

export type TransitionInterventionInput = {
  id: string
  transition: InterventionTransition
  fields?: InterventionStateFields
  actor: StatusActor
  note?: string | null
}

/** PostgreSQL's exclusion_violation: the no-overlap constraint refused the window. */
const EXCLUSION_VIOLATION = "23P01"

/**
 * Applies one change of an intervention's state, only if it is still in a state the change starts from, and
 * records it in the timeline. Another request that moved it meanwhile, or a window the database finds
 * overlapping another live visit of the technician, answers 409. Compensation puts the row back.
 */
export const transitionInterventionStep = createStep(
  "transition-field-intervention",
  async ({ id, transition, fields, actor, note }: TransitionInterventionInput, { container }) => {
    const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    let before: Awaited<ReturnType<FieldServiceModuleService["moveIntervention"]>>
    try {
      before = await service.moveIntervention(id, transition, fields ?? {})
    } catch (error) {
      const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code
      if (code === EXCLUSION_VIOLATION || String((error as Error).message).includes("field_intervention_no_overlap")) {
        throw new MedusaError(MedusaError.Types.CONFLICT, "scheduled_start: the technician has another visit at that time")
      }
      throw error
    }
    if (!before) {
      const [now] = await service.listInterventions({ id }, { select: ["number", "status"] })
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `status: intervention ${now?.number ?? id} changed while this request ran (it is now ${now?.status ?? "gone"})`
      )
    }
    const to: InterventionStatus = INTERVENTION_TRANSITIONS[transition].to
    const change = await service.createInterventionStatusChanges({
      intervention_id: id,
      from_status: before.status,
      to_status: to,
      actor_type: actor.type,
      actor_id: actor.id,
      note: note ?? null,
    })
    return new StepResponse({ id, status: to, before }, { transition, before, change_id: change.id })
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    await service.deleteInterventionStatusChanges(undo.change_id)
    await service.restoreInterventionState(undo.transition, undo.before)
  }
)
