import { model } from "@medusajs/framework/utils"
import type { InterventionTypeTranslations, PortalAction, SurveyQuestion } from "../contract"

/**
 * A kind of visit (installation, yearly service, repair): its default duration, the skills a technician
 * needs, and what the portal shows and allows for it. The portal texts are templates with substitution codes
 * (see TEMPLATE_CODES), checked on save and HTML-escaped on render; `translations` carries them in the clients'
 * other languages.
 */
export const InterventionType = model.define("field_intervention_type", {
  id: model.id({ prefix: "itype" }).primaryKey(),
  name: model.text().searchable(),
  default_duration_minutes: model.number().default(60),
  required_skills: model.array().default([]),
  portal_visible: model.boolean().default(true),
  bookable: model.boolean().default(false),
  portal_title: model.text().nullable(),
  portal_short_description: model.text().nullable(),
  portal_long_description: model.text().nullable(),
  survey_questions: model.json<SurveyQuestion[]>().nullable(),
  portal_actions: model.json<PortalAction[]>().nullable(),
  translations: model.json<InterventionTypeTranslations>().nullable(),
})
