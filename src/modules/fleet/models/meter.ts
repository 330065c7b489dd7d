import { model } from "@medusajs/framework/utils"
import { Equipment } from "./equipment"
import { MeterReading } from "./meter-reading"

export const METER_KINDS = ["hours", "counter", "kilometres", "energy"] as const
export type MeterKind = (typeof METER_KINDS)[number]

/** A counter of a machine: running hours, cycles, kilometres, energy. */
export const Meter = model
  .define("fleet_meter", {
    id: model.id({ prefix: "meter" }).primaryKey(),
    name: model.text(),
    kind: model.enum([...METER_KINDS]),
    unit: model.text(),
    equipment: model.belongsTo(() => Equipment, { mappedBy: "meters" }),
    readings: model.hasMany(() => MeterReading, { mappedBy: "meter" }),
  })
  .cascades({ delete: ["readings"] })
  .indexes([{ on: ["equipment_id"] }])
