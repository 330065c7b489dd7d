import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renderTypeTexts, templateValues } from "../../../../lib/field-service/interventions"
import { localizeType } from "../../../../lib/field-service/type-translations"
import { getPortalActor, siteIsVisible } from "../../../../lib/portal-actor"
import { readerLocale } from "../../../../lib/reader-locale"
import { CLIENT_ACCOUNT_MODULE } from "../../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../../modules/clientAccount/service"
import { FIELD_SERVICE_MODULE } from "../../../../modules/fieldService"
import type { StoreInterventionType, StoreInterventionTypeListResponse, SurveyQuestion } from "../../../../modules/fieldService/contract"
import type FieldServiceModuleService from "../../../../modules/fieldService/service"
import { FLEET_MODULE } from "../../../../modules/fleet"
import type FleetModuleService from "../../../../modules/fleet/service"
import type { StoreListInterventionTypesType } from "../interventions/validators"

export { AUTHENTICATE } from "../authenticate-client"

/**
 * The types a client may request, in the reader's language, their portal texts rendered for the request form's
 * site and machine (each only when within the caller's scope; otherwise its codes render as nothing).
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreListInterventionTypesType>, res: MedusaResponse<StoreInterventionTypeListResponse>) {
  const actor = await getPortalActor(req)
  const service = req.scope.resolve<FieldServiceModuleService>(FIELD_SERVICE_MODULE)
  const types = await service.listInterventionTypes({ portal_visible: true }, { order: { name: "ASC" } })
  let site_id: string | null = null
  if (req.validatedQuery.site_id) {
    const [site] = await req.scope
      .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
      .listSites({ id: req.validatedQuery.site_id, account_id: actor.account_id }, { select: ["id"] })
    if (site && siteIsVisible(actor, site.id)) site_id = site.id
  }
  let equipment_id: string | null = null
  if (req.validatedQuery.equipment_id) {
    const [machine] = await req.scope
      .resolve<FleetModuleService>(FLEET_MODULE)
      .listEquipment({ id: req.validatedQuery.equipment_id, account_id: actor.account_id }, { select: ["id", "site_id"] })
    if (machine && siteIsVisible(actor, machine.site_id)) equipment_id = machine.id
  }
  const locale = await readerLocale(req, actor)
  const values = await templateValues(req.scope, { site_id, equipment_id, account_id: actor.account_id }, null, locale)
  const intervention_types: StoreInterventionType[] = types.map((row) => {
    const t = localizeType({ ...row, survey_questions: row.survey_questions as SurveyQuestion[] | null }, locale)
    const texts = renderTypeTexts(t, { ...values, "type.name": t.name })
    return {
      id: t.id,
      name: t.name,
      default_duration_minutes: t.default_duration_minutes,
      bookable: t.bookable,
      title: texts.title,
      short_description: texts.short_description,
      long_description: texts.long_description,
      survey_questions: t.survey_questions ?? [],
    }
  })
  res.json({ intervention_types })
}
