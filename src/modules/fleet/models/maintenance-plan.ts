import { model } from "@medusajs/framework/utils"
import { Equipment } from "./equipment"

/**
 * A recurring service: every `interval_days`, and/or every `interval_units` of one meter (every 250 hours),
 * whichever comes first. `next_due_*` are computed (see src/lib/fleet/next-due.ts) and stored.
 */
export const MaintenancePlan = model
  .define("fleet_maintenance_plan", {
    id: model.id({ prefix: "mplan" }).primaryKey(),
    name: model.text(),
    interval_days: model.number().nullable(),
    interval_units: model.float().nullable(),
    meter_id: model.text().nullable(),
    last_done_at: model.dateTime().nullable(),
    last_done_value: model.float().nullable(),
    next_due_date: model.dateTime().nullable(),
    next_due_value: model.float().nullable(),
    /** True when the due date is projected from the meter's average use rather than counted in days. */
    projected: model.boolean().default(false),
    equipment: model.belongsTo(() => Equipment, { mappedBy: "plans" }),
  })
  .indexes([{ on: ["equipment_id"] }])
