import { model } from "@medusajs/framework/utils"
import { EquipmentFile } from "./equipment-file"
import { MaintenanceLogEntry } from "./maintenance-log-entry"
import { MaintenancePlan } from "./maintenance-plan"
import { Meter } from "./meter"

export const EQUIPMENT_STATUSES = ["in_service", "under_repair", "out_of_service", "retired"] as const
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number]

/**
 * A machine a client account owns, installed at one of its sites. `next_due_date` and `next_due_plan_id`
 * are the earliest due date of its maintenance plans, stored (and refreshed by every workflow that changes
 * plans, log or readings) so that lists filter "due soon" in SQL over a whole fleet.
 */
export const Equipment = model
  .define("fleet_equipment", {
    id: model.id({ prefix: "equip" }).primaryKey(),
    account_id: model.text(),
    site_id: model.text(),
    /** The catalogue's product variant this machine is, when it was sold from the catalogue. */
    variant_id: model.text().nullable(),
    serial_number: model.text().searchable(),
    name: model.text().searchable(),
    brand: model.text().searchable().nullable(),
    status: model.enum([...EQUIPMENT_STATUSES]).default("in_service"),
    installation_date: model.dateTime().nullable(),
    warranty_end: model.dateTime().nullable(),
    notes: model.text().nullable(),
    next_due_date: model.dateTime().nullable(),
    next_due_plan_id: model.text().nullable(),
    files: model.hasMany(() => EquipmentFile, { mappedBy: "equipment" }),
    maintenance_log: model.hasMany(() => MaintenanceLogEntry, { mappedBy: "equipment" }),
    plans: model.hasMany(() => MaintenancePlan, { mappedBy: "equipment" }),
    meters: model.hasMany(() => Meter, { mappedBy: "equipment" }),
  })
  .cascades({ delete: ["files", "maintenance_log", "plans", "meters"] })
  .indexes([
    { on: ["account_id", "site_id"] },
    { on: ["account_id", "next_due_date"] },
    { on: ["account_id", "serial_number"], unique: true },
    { on: ["status"] },
    { on: ["name"] },
  ])
