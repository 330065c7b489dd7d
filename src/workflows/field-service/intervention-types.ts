import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { FIELD_SERVICE_MODULE } from "../../modules/fieldService"
import type { InterventionTypeTranslations, PortalAction, SurveyQuestion } from "../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../modules/fieldService/service"

export type InterventionTypeData = {
  name: string
  default_duration_minutes?: number
  required_skills?: string[]
  portal_visible?: boolean
  bookable?: boolean
  portal_title?: string | null
  portal_short_description?: string | null
  portal_long_description?: string | null
  survey_questions?: SurveyQuestion[] | null
  portal_actions?: PortalAction[] | null
  translations?: InterventionTypeTranslations | null
}

const service = (container: { resolve: <T>(key: string) => T }) => container.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)

async function findType(s: FieldServiceModuleService, id: string) {
  const [type] = await s.listInterventionTypes({ id })
  if (!type) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Intervention type with id: ${id} was not found`)
  return type
}

/** Actions that create an intervention of another type must name one that exists. */
async function assertTargets(s: FieldServiceModuleService, actions: PortalAction[] | null | undefined) {
  const targets = [...new Set((actions ?? []).map((a) => a.target_type_id).filter((id): id is string => !!id))]
  if (!targets.length) return
  const found = await s.listInterventionTypes({ id: targets }, { select: ["id"] })
  const missing = targets.filter((id) => !found.some((t) => t.id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `portal_actions: target_type_id ${missing.join(", ")} is not an intervention type`)
}

/** A translated label must name one of the type's questions or actions, as the type will be once saved. */
function assertTranslatedIds(type: { survey_questions?: SurveyQuestion[] | null; portal_actions?: PortalAction[] | null; translations?: InterventionTypeTranslations | null }) {
  const known = { survey_labels: new Set((type.survey_questions ?? []).map((q) => q.id)), action_labels: new Set((type.portal_actions ?? []).map((a) => a.id)) }
  for (const [locale, translation] of Object.entries(type.translations ?? {})) {
    for (const field of ["survey_labels", "action_labels"] as const) {
      const unknown = Object.keys(translation?.[field] ?? {}).filter((id) => !known[field].has(id))
      if (unknown.length) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `translations.${locale}.${field}: ${unknown.join(", ")} is not ${field === "survey_labels" ? "a question" : "an action"} of this type`)
      }
    }
  }
}

const createTypeStep = createStep(
  "create-field-intervention-type",
  async (data: InterventionTypeData, { container }) => {
    const s = service(container)
    await assertTargets(s, data.portal_actions)
    assertTranslatedIds(data)
    const type = await s.createInterventionTypes(data)
    return new StepResponse(type, type.id)
  },
  async (id, { container }) => {
    if (id) await service(container).deleteInterventionTypes(id)
  }
)

const updateTypeStep = createStep(
  "update-field-intervention-type",
  async ({ id, ...update }: Partial<InterventionTypeData> & { id: string }, { container }) => {
    const s = service(container)
    const previous = await findType(s, id)
    await assertTargets(s, update.portal_actions)
    assertTranslatedIds({
      survey_questions: update.survey_questions !== undefined ? update.survey_questions : (previous.survey_questions as SurveyQuestion[] | null),
      portal_actions: update.portal_actions !== undefined ? update.portal_actions : (previous.portal_actions as PortalAction[] | null),
      translations: update.translations !== undefined ? update.translations : (previous.translations as InterventionTypeTranslations | null),
    })
    const type = await s.updateInterventionTypes({ id, ...update })
    const restore = Object.fromEntries(Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]]))
    return new StepResponse(type, { id, ...restore })
  },
  async (restore, { container }) => {
    if (restore) await service(container).updateInterventionTypes(restore)
  }
)

const deleteTypeStep = createStep(
  "delete-field-intervention-type",
  async (id: string, { container }) => {
    const s = service(container)
    await findType(s, id)
    // Interventions keep their type's name in history; a type still in use is retired, not deleted.
    const [used] = await s.listInterventions({ type_id: id }, { select: ["id"], take: 1 })
    if (used) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `id: intervention type ${id} is used by interventions; hide it from the portal instead`)
    await s.softDeleteInterventionTypes(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await service(container).restoreInterventionTypes(id)
  }
)

export const createInterventionTypeWorkflow = createWorkflow("create-field-intervention-type", (input: InterventionTypeData) => {
  return new WorkflowResponse(createTypeStep(input))
})

export const updateInterventionTypeWorkflow = createWorkflow("update-field-intervention-type", (input: Partial<InterventionTypeData> & { id: string }) => {
  return new WorkflowResponse(updateTypeStep(input))
})

export const deleteInterventionTypeWorkflow = createWorkflow("delete-field-intervention-type", (input: { id: string }) => {
  return new WorkflowResponse(deleteTypeStep(input.id))
})
