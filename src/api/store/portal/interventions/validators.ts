import { z } from "@medusajs/framework/zod"
import { INTERVENTION_SORTABLE } from "../../../../lib/field-service/interventions"
import { INTERVENTION_STATUSES, type InterventionStatus } from "../../../../modules/fieldService/contract"
import { dateField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"

/** `status=requested,scheduled` or repeated `status=requested&status=scheduled`. */
export const interventionStatusList = z
  .preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
    z.array(z.enum(INTERVENTION_STATUSES, { message: `status must be among ${INTERVENTION_STATUSES.join(", ")}` }), {
      message: "status must be a list of statuses",
    })
  )
  .optional() as z.ZodType<InterventionStatus[] | undefined>

/** A date in the query string, with textFilter's rules first (once, as text, no control characters). */
export const dateFilter = (field: string) =>
  textFilter(field, 40).transform((text, ctx): Date | undefined => {
    if (text === undefined) return undefined
    const date = new Date(text)
    if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999) {
      ctx.addIssue({ code: "custom", message: `${field} must be a date` })
      return z.NEVER
    }
    return date
  })

const periodIsOrdered = (q: { from?: Date; to?: Date }) => !q.from || !q.to || q.from < q.to

export const InterventionListFilters = {
  status: interventionStatusList,
  site_id: textFilter("site_id"),
  equipment_id: textFilter("equipment_id"),
  from: dateFilter("from"),
  to: dateFilter("to"),
}

export const StoreListInterventions = listQuery({ defaultLimit: 20, sortable: INTERVENTION_SORTABLE, filters: InterventionListFilters }).refine(
  periodIsOrdered,
  { message: "from must be before to", path: ["from"] }
)
export type StoreListInterventionsType = z.infer<typeof StoreListInterventions>

const text = (field: string, max: number) =>
  z.string({ message: `${field} must be text` }).trim().max(max, { message: `${field} must be at most ${max} characters` })
const id = (field: string) => text(field, 100).min(1, { message: `${field} is required` })

export const StoreRequestIntervention = z
  .object({
    site_id: id("site_id"),
    equipment_id: id("equipment_id").nullish(),
    type_id: id("type_id").nullish(),
    /** Set by a portal action "create a linked intervention". */
    linked_intervention_id: id("linked_intervention_id").nullish(),
    description: text("description", 5000).min(1, { message: "description is required" }),
    address: z
      .object(
        {
          address_1: text("address.address_1", 200).nullish(),
          address_2: text("address.address_2", 200).nullish(),
          postal_code: text("address.postal_code", 20).nullish(),
          city: text("address.city", 100).nullish(),
          country_code: text("address.country_code", 2).nullish(),
        },
        { message: "address must be an object" }
      )
      .strict()
      .nullish(),
    contact_name: text("contact_name", 200).nullish(),
    contact_phone: text("contact_phone", 50).nullish(),
    contact_email: text("contact_email", 200).nullish(),
  })
  .strict()
export type StoreRequestInterventionType = z.infer<typeof StoreRequestIntervention>

export const StoreListSlots = z
  .object({
    from: dateFilter("from"),
    to: dateFilter("to"),
    limit: z.coerce
      .number({ message: "limit must be a number" })
      .int({ message: "limit must be a whole number" })
      .min(1, { message: "limit must be at least 1" })
      .max(500, { message: "limit must be at most 500" })
      .optional(),
  })
  .refine(periodIsOrdered, { message: "from must be before to", path: ["from"] })
export type StoreListSlotsType = z.infer<typeof StoreListSlots>

export const StoreBookSlot = z
  .object({
    technician_id: id("technician_id"),
    starts_at: dateField("starts_at"),
  })
  .strict()
export type StoreBookSlotType = z.infer<typeof StoreBookSlot>

export const StoreCancelIntervention = z.object({ reason: text("reason", 2000).nullish() }).strict()
export type StoreCancelInterventionType = z.infer<typeof StoreCancelIntervention>

export const StoreListInterventionTypes = z.object({
  site_id: textFilter("site_id"),
  equipment_id: textFilter("equipment_id"),
})
export type StoreListInterventionTypesType = z.infer<typeof StoreListInterventionTypes>

/** `{ <question id>: 1–5 | true/false | text }`; the type's questions check the rest. */
const surveyAnswers = () =>
  z.record(
      z.string().max(60, { message: "answers: a question id is too long" }),
      z.union([z.number({ message: "answers: each answer must be a number, true/false or text" }), z.boolean(), text("answers", 5000)], {
        message: "answers: each answer must be a number, true/false or text",
      }),
      { message: "answers must be an object of question ids" }
    )

export const StoreAnswerSurvey = z.object({ answers: surveyAnswers() }).strict()
export type StoreAnswerSurveyType = z.infer<typeof StoreAnswerSurvey>

/** A portal action's input: the new visit's description (actions that create one), the survey (a close). */
export const StoreRunPortalAction = z
  .object({
    description: text("description", 5000).min(1, { message: "description is required" }).optional(),
    answers: surveyAnswers().optional(),
  })
  .strict()
export type StoreRunPortalActionType = z.infer<typeof StoreRunPortalAction>
