import { z } from "@medusajs/framework/zod"
import { templateProblems } from "../../../../lib/field-service/templates"
import { INTERVENTION_STATUSES, PORTAL_ACTION_KINDS, SURVEY_QUESTION_KINDS } from "../../../../modules/fieldService/contract"
import { translationsField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"

const text = (field: string, max: number) =>
  z.string({ message: `${field} must be text` }).trim().max(max, { message: `${field} must be at most ${max} characters` })
const required = (field: string, max: number) => text(field, max).min(1, { message: `${field} is required` })

/** A portal text with substitution codes: an unknown code or stray braces answer 400 naming the field. */
const template = (field: string) =>
  text(field, 5000)
    .superRefine((value, ctx) => {
      for (const problem of templateProblems(value)) ctx.addIssue({ code: "custom", message: `${field}: ${problem}` })
    })
    .nullish()

const whole = (field: string, min: number, max: number) =>
  z
    .number({ message: `${field} must be a number` })
    .int({ message: `${field} must be a whole number` })
    .min(min, { message: `${field} must be at least ${min}` })
    .max(max, { message: `${field} must be at most ${max}` })

export const skillList = (field: string) =>
  z.array(required(`${field} item`, 60), { message: `${field} must be a list of skills` }).max(50, { message: `${field} has too many skills` })

const SurveyQuestion = z
  .object({
    id: required("survey_questions.id", 60),
    kind: z.enum(SURVEY_QUESTION_KINDS, { message: `survey_questions.kind must be among ${SURVEY_QUESTION_KINDS.join(", ")}` }),
    label: required("survey_questions.label", 300),
    required: z.boolean({ message: "survey_questions.required must be true or false" }).optional(),
  })
  .strict()

const PortalAction = z
  .object({
    id: required("portal_actions.id", 60),
    kind: z.enum(PORTAL_ACTION_KINDS, { message: `portal_actions.kind must be among ${PORTAL_ACTION_KINDS.join(", ")}` }),
    label: required("portal_actions.label", 200),
    target_type_id: text("portal_actions.target_type_id", 100).nullish(),
    conditions: z
      .object({
        statuses: z.array(z.enum(INTERVENTION_STATUSES, { message: "portal_actions.conditions.statuses must be statuses" })).optional(),
        min_hours_before_start: whole("portal_actions.conditions.min_hours_before_start", 0, 8760).optional(),
        max_hours_before_start: whole("portal_actions.conditions.max_hours_before_start", 0, 8760).optional(),
        done_within_days: whole("portal_actions.conditions.done_within_days", 0, 3650).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()

const uniqueIds = (field: string) => (items: { id: string }[] | null | undefined, ctx: z.RefinementCtx) => {
  const ids = (items ?? []).map((i) => i.id)
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: `${field}: each id must be unique` })
}

/** Labels keyed by a question's or an action's id; the workflow checks the ids against the type's own. */
const labels = (field: string) =>
  z
    .record(z.string().max(60, { message: `${field}: an id is too long` }), text(field, 300), { message: `${field} must be an object of ids and labels` })
    .optional()

const Translation = (locale: string) =>
  z
    .object({
      name: text(`translations.${locale}.name`, 200).nullish(),
      portal_title: template(`translations.${locale}.portal_title`),
      portal_short_description: template(`translations.${locale}.portal_short_description`),
      portal_long_description: template(`translations.${locale}.portal_long_description`),
      survey_labels: labels(`translations.${locale}.survey_labels`),
      action_labels: labels(`translations.${locale}.action_labels`),
    })
    .strict()

const translations = translationsField(Translation)

const typeFields = {
  name: required("name", 200),
  default_duration_minutes: whole("default_duration_minutes", 5, 24 * 60),
  required_skills: skillList("required_skills"),
  portal_visible: z.boolean({ message: "portal_visible must be true or false" }),
  bookable: z.boolean({ message: "bookable must be true or false" }),
  portal_title: template("portal_title"),
  portal_short_description: template("portal_short_description"),
  portal_long_description: template("portal_long_description"),
  survey_questions: z.array(SurveyQuestion, { message: "survey_questions must be a list" }).max(30).superRefine(uniqueIds("survey_questions")).nullish(),
  portal_actions: z.array(PortalAction, { message: "portal_actions must be a list" }).max(20).superRefine(uniqueIds("portal_actions")).nullish(),
  translations,
}

export const AdminCreateInterventionType = z
  .object({
    ...typeFields,
    default_duration_minutes: typeFields.default_duration_minutes.optional(),
    required_skills: typeFields.required_skills.optional(),
    portal_visible: typeFields.portal_visible.optional(),
    bookable: typeFields.bookable.optional(),
  })
  .strict()
export type AdminCreateInterventionTypeType = z.infer<typeof AdminCreateInterventionType>

export const AdminUpdateInterventionType = z.object(typeFields).partial().strict()
export type AdminUpdateInterventionTypeType = z.infer<typeof AdminUpdateInterventionType>

export const AdminListInterventionTypes = listQuery({ defaultLimit: 50, sortable: ["name", "created_at"], filters: { q: textFilter("q") } })
export type AdminListInterventionTypesType = z.infer<typeof AdminListInterventionTypes>
