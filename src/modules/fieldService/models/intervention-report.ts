import { model } from "@medusajs/framework/utils"
import type { ReportMeterValue, ReportPart } from "../contract"
import { Intervention } from "./intervention"

/** What was done on a visit ("bon d'intervention"): one per intervention, written when it is completed. */
export const InterventionReport = model.define("field_intervention_report", {
  id: model.id({ prefix: "irep" }).primaryKey(),
  work_done: model.text(),
  parts: model.json<ReportPart[]>().nullable(),
  duration_minutes: model.number().nullable(),
  meter_values: model.json<ReportMeterValue[]>().nullable(),
  signature_name: model.text().nullable(),
  completed_at: model.dateTime(),
  /** The fleet's maintenance log entry this report wrote, when the visit was on a machine. */
  maintenance_log_entry_id: model.text().nullable(),
  intervention: model.belongsTo(() => Intervention, { mappedBy: "report" }),
})
