import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { FIELD_SERVICE_MODULE } from "../../../../modules/fieldService"
import type { AdminInterventionType, InterventionTypeTranslations, PortalAction, SurveyQuestion } from "../../../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../../../modules/fieldService/service"

type TypeRow = Omit<AdminInterventionType, "survey_questions" | "portal_actions" | "translations" | "created_at" | "updated_at" | "required_skills"> & {
  required_skills: string[] | null
  survey_questions: unknown
  portal_actions: unknown
  translations: unknown
  created_at: Date | string
  updated_at: Date | string
}

export const presentType = (t: TypeRow): AdminInterventionType => ({
  id: t.id,
  name: t.name,
  default_duration_minutes: t.default_duration_minutes,
  required_skills: t.required_skills ?? [],
  portal_visible: t.portal_visible,
  bookable: t.bookable,
  portal_title: t.portal_title,
  portal_short_description: t.portal_short_description,
  portal_long_description: t.portal_long_description,
  survey_questions: (t.survey_questions as SurveyQuestion[] | null) ?? [],
  portal_actions: (t.portal_actions as PortalAction[] | null) ?? [],
  translations: (t.translations as InterventionTypeTranslations | null) ?? {},
  created_at: new Date(t.created_at).toISOString(),
  updated_at: new Date(t.updated_at).toISOString(),
})

export async function loadType(req: AuthenticatedMedusaRequest, id: string): Promise<AdminInterventionType> {
  const [type] = await req.scope.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE).listInterventionTypes({ id })
  if (!type) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Intervention type with id: ${id} was not found`)
  return presentType(type as unknown as TypeRow)
}
