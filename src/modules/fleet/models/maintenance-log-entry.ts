import { model } from "@medusajs/framework/utils"
import { Equipment } from "./equipment"

export const LOG_ENTRY_KINDS = ["preventive", "corrective", "inspection"] as const
export type LogEntryKind = (typeof LOG_ENTRY_KINDS)[number]

export type LogEntryPart = { variant_id: string | null; title: string; sku: string | null; quantity: number }
export type LogEntryMeterValue = { meter_id: string; value: number }

/** Something done to a machine: a service, a repair, an inspection, with the parts used and the meters read. */
export const MaintenanceLogEntry = model
  .define("fleet_maintenance_log_entry", {
    id: model.id({ prefix: "mlog" }).primaryKey(),
    performed_at: model.dateTime(),
    kind: model.enum([...LOG_ENTRY_KINDS]),
    description: model.text(),
    technician: model.text().nullable(),
    duration_minutes: model.number().nullable(),
    parts: model.json().nullable(),
    meter_values: model.json().nullable(),
    equipment: model.belongsTo(() => Equipment, { mappedBy: "maintenance_log" }),
  })
  .indexes([{ on: ["equipment_id", "performed_at"] }])
