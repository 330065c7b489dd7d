import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { actionRefusal } from "../../lib/field-service/actions"
import { findIntervention, interventionNotFound } from "../../lib/field-service/interventions"
import { FIELD_SERVICE_MODULE } from "../../modules/fieldService"
import { INTERVENTION_EVENTS, type PortalAction, type SurveyAnswers, type SurveyQuestion } from "../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../modules/fieldService/service"
import { checkSurveyAnswers, isUniqueViolation } from "./answer-survey"
import { createInterventionStep, type InterventionData } from "./steps/create-intervention"

export type PortalActionInput = {
  intervention_id: string
  scope: { account_id: string; site_ids: string[] | null; id: string | null }
  action_id: string
  /** The kind of workflow the route chose from the action it read: a close, or one that creates. */
  closing: boolean
  /** The new intervention's description (actions that create one). */
  description: string | null
  /** The survey's answers (a close). */
  answers: SurveyAnswers
  member_id: string | null
  actor_customer_id: string | null
  actor_name: string | null
  lock_owner: string
}

/** A refusal names its rule first ("statuses: …"), as the booking rules do; the route answers it 409. */
const refused = (message: string) => new MedusaError(MedusaError.Types.NOT_ALLOWED, message)

/**
 * Under the intervention's lock, re-reads it within the caller's scope and checks the action is still one of
 * its type's and its conditions still hold now (the page may have been open for hours). For an action that
 * creates an intervention, answers the new one's data: same site, machine, place and contact, of the action's
 * target type (the same type when none), linked to this one for `create_linked`.
 */
const checkPortalActionStep = createStep("check-field-portal-action", async (input: PortalActionInput, { container }) => {
  const i = await findIntervention(container, input.intervention_id, input.scope)
  if (!i) throw interventionNotFound(input.intervention_id)
  const action = (i.type?.portal_actions ?? []).find((a) => a.id === input.action_id)
  if (!action || (action.kind === "close") !== input.closing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Action with id: ${input.action_id} was not found`)
  const refusal = actionRefusal(action, { ...i, closed: !!i.survey_answer }, Date.now())
  if (refusal) throw refused(refusal.message)
  let typeId = i.type?.id ?? null
  if (action.kind !== "close" && action.target_type_id) {
    const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    const [target] = await service.listInterventionTypes({ id: action.target_type_id }, { select: ["id"] })
    if (!target) throw new MedusaError(MedusaError.Types.INVALID_DATA, `target_type_id: the type this action creates (${action.target_type_id}) no longer exists`)
    typeId = target.id
  }
  const data: InterventionData = {
    account_id: i.account_id,
    site_id: i.site_id,
    equipment_id: i.equipment_id,
    type_id: typeId,
    description: input.description ?? "",
    address: i.address ?? { address_1: null, address_2: null, postal_code: null, city: null, country_code: null },
    latitude: i.latitude,
    longitude: i.longitude,
    contact_name: i.contact_name,
    contact_phone: i.contact_phone,
    contact_email: i.contact_email,
    requested_by_member_id: input.member_id,
    linked_intervention_id: action.kind === "create_linked" ? i.id : null,
  }
  return new StepResponse({
    action: action as PortalAction,
    source: { id: i.id, number: i.number, account_id: i.account_id, site_id: i.site_id, equipment_id: i.equipment_id },
    questions: i.type?.survey_questions ?? [],
    data,
  })
})

/** A close stores the survey's answers (none for a type without questions): the intervention is closed once. */
const closeInterventionStep = createStep(
  "close-field-intervention",
  async (input: { intervention_id: string; answers: SurveyAnswers; questions: SurveyQuestion[]; member_id: string | null }, { container }) => {
    checkSurveyAnswers(input.questions, input.answers)
    const service = container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
    try {
      const saved = await service.createInterventionSurveyAnswers({ intervention_id: input.intervention_id, answers: input.answers, answered_by_member_id: input.member_id })
      return new StepResponse(saved.id, saved.id)
    } catch (error) {
      if (isUniqueViolation(error)) throw refused("closed: this intervention was already closed")
      throw error
    }
  },
  async (id, { container }) => {
    if (id) await container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).deleteInterventionSurveyAnswers(id)
  }
)

const lockKey = (input: PortalActionInput) => `field-intervention:${input.intervention_id}`

/**
 * A client runs a portal action that creates an intervention (a new visit, or one linked to this one such as a
 * re-planning request). Once it succeeded, `portal.intervention.linked_created` (or `.requested`) alerts staff.
 */
export const createFromPortalActionWorkflow = createWorkflow("create-field-intervention-from-portal-action", (input: PortalActionInput) => {
  const key = transform({ input }, ({ input }) => lockKey(input))
  acquireLockStep({ key, timeout: 30, retryInterval: 0.05, ttl: 60, ownerId: input.lock_owner })
  const checked = checkPortalActionStep(input)
  const created = createInterventionStep(
    transform({ input, checked }, ({ input, checked }) => ({ data: checked.data, actor: { type: input.member_id ? ("member" as const) : ("system" as const), id: input.member_id } }))
  )
  emitEventStep(
    transform({ input, checked, created }, ({ input, checked, created }) => ({
      eventName: checked.data.linked_intervention_id ? INTERVENTION_EVENTS.linked_created : INTERVENTION_EVENTS.requested,
      data: {
        id: created.id,
        number: created.number,
        account_id: created.account_id,
        actor_customer_id: input.actor_customer_id,
        actor_name: input.actor_name,
        site_id: checked.data.site_id,
        equipment_id: checked.data.equipment_id,
        linked_intervention_id: checked.data.linked_intervention_id ?? null,
        linked_number: checked.data.linked_intervention_id ? checked.source.number : null,
        portal_action: checked.action.label,
      },
    }))
  )
  releaseLockStep({ key, ownerId: input.lock_owner })
  return new WorkflowResponse(created)
})

/** A client closes an intervention through its type's close action, answering the survey; staff are alerted. */
export const closeFromPortalActionWorkflow = createWorkflow("close-field-intervention-from-portal-action", (input: PortalActionInput) => {
  const key = transform({ input }, ({ input }) => lockKey(input))
  acquireLockStep({ key, timeout: 30, retryInterval: 0.05, ttl: 60, ownerId: input.lock_owner })
  const checked = checkPortalActionStep(input)
  closeInterventionStep(
    transform({ input, checked }, ({ input, checked }) => ({ intervention_id: checked.source.id, answers: input.answers, questions: checked.questions, member_id: input.member_id }))
  )
  emitEventStep(
    transform({ input, checked }, ({ input, checked }) => ({
      eventName: INTERVENTION_EVENTS.survey_answered,
      data: { id: checked.source.id, number: checked.source.number, account_id: checked.source.account_id, actor_customer_id: input.actor_customer_id, actor_name: input.actor_name },
    }))
  )
  releaseLockStep({ key, ownerId: input.lock_owner })
  return new WorkflowResponse(checked.source)
})
