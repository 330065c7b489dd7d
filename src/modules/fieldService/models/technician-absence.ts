import { model } from "@medusajs/framework/utils"
import { Technician } from "./technician"

/** Time a technician cannot be booked (leave, training); half-open [starts_at, ends_at). */
export const TechnicianAbsence = model
  .define("field_technician_absence", {
    id: model.id({ prefix: "tabs" }).primaryKey(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    reason: model.text().nullable(),
    technician: model.belongsTo(() => Technician, { mappedBy: "absences" }),
  })
  .indexes([{ on: ["technician_id", "starts_at"] }])
  .checks([{ name: "field_technician_absence_range", expression: (c) => `${c.ends_at} > ${c.starts_at}` }])
