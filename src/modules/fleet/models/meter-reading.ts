import { model } from "@medusajs/framework/utils"
import { Meter } from "./meter"

export const READING_SOURCES = ["staff", "technician", "client"] as const
export type ReadingSource = (typeof READING_SOURCES)[number]
export const READING_STATUSES = ["accepted", "to_review", "rejected"] as const
export type ReadingStatus = (typeof READING_STATUSES)[number]

/**
 * One value of a meter at a time. A reading that fails the plausibility check is kept `to_review` for staff;
 * `replacement` marks the first reading of a new counter, which may be lower than the previous one.
 * (The value column is double precision: see the migration.)
 */
export const MeterReading = model
  .define("fleet_meter_reading", {
    id: model.id({ prefix: "mread" }).primaryKey(),
    value: model.float(),
    read_at: model.dateTime(),
    source: model.enum([...READING_SOURCES]),
    status: model.enum([...READING_STATUSES]).default("accepted"),
    note: model.text().nullable(),
    photo_file_id: model.text().nullable(),
    replacement: model.boolean().default(false),
    meter: model.belongsTo(() => Meter, { mappedBy: "readings" }),
  })
  .indexes([
    // Charts and checks read one meter's readings by time; `value` and `status` make the chart's scan index-only.
    { on: ["meter_id", "read_at", "value", "status"] },
    { on: ["meter_id", "read_at"], where: "replacement = true" },
    { on: ["read_at"], where: "status = 'to_review'" },
    // The file route finds a reading by its photo.
    { on: ["photo_file_id"], where: "photo_file_id IS NOT NULL" },
  ])
