import { model } from "@medusajs/framework/utils"
import { INTERVENTION_STATUSES, type InterventionAddress } from "../contract"
import { InterventionPhoto } from "./intervention-photo"
import { InterventionReport } from "./intervention-report"
import { InterventionStatusChange } from "./intervention-status-change"
import { InterventionSurveyAnswer } from "./intervention-survey-answer"
import { InterventionType } from "./intervention-type"
import { Technician } from "./technician"

/**
 * A visit at a client's site, requested by a member or planned by staff. While it is live (not cancelled) and
 * has a technician and a window, the database refuses another live intervention of that technician
 * overlapping it (exclusion constraint in Migration20261206024100).
 */
export const Intervention = model
  .define("field_intervention", {
    id: model.id({ prefix: "intv" }).primaryKey(),
    number: model.text().unique().searchable(),
    account_id: model.text(),
    site_id: model.text(),
    equipment_id: model.text().nullable(),
    status: model.enum([...INTERVENTION_STATUSES]).default("requested"),
    description: model.text().searchable(),
    address: model.json<InterventionAddress>().nullable(),
    /** Where the technician goes (the site's coordinates when requested); travel is computed from them. */
    latitude: model.float().nullable(),
    longitude: model.float().nullable(),
    contact_name: model.text().nullable(),
    contact_phone: model.text().nullable(),
    contact_email: model.text().nullable(),
    scheduled_start: model.dateTime().nullable(),
    scheduled_end: model.dateTime().nullable(),
    reschedule_count: model.number().default(0),
    linked_intervention_id: model.text().nullable(),
    requested_by_member_id: model.text().nullable(),
    /** The maintenance plan this visit carries out: completing it moves the plan's next due date. */
    maintenance_plan_id: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancellation_reason: model.text().nullable(),
    completed_at: model.dateTime().nullable(),
    type: model.belongsTo(() => InterventionType).nullable(),
    technician: model.belongsTo(() => Technician).nullable(),
    report: model.hasOne(() => InterventionReport, { mappedBy: "intervention" }).nullable(),
    survey_answer: model.hasOne(() => InterventionSurveyAnswer, { mappedBy: "intervention" }).nullable(),
    photos: model.hasMany(() => InterventionPhoto, { mappedBy: "intervention" }),
    history: model.hasMany(() => InterventionStatusChange, { mappedBy: "intervention" }),
  })
  .cascades({ delete: ["report", "survey_answer", "photos", "history"] })
  .indexes([
    { on: ["account_id", "created_at"] },
    { on: ["account_id", "site_id"] },
    { on: ["account_id", "equipment_id"] },
    { on: ["status", "created_at"] },
    { on: ["technician_id", "scheduled_start"] },
  ])
  .checks([
    {
      name: "field_intervention_window",
      expression: (c) =>
        `(${c.scheduled_start} IS NULL AND ${c.scheduled_end} IS NULL) OR (${c.scheduled_start} IS NOT NULL AND ${c.scheduled_end} > ${c.scheduled_start})`,
    },
  ])
