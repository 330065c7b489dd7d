import { model } from "@medusajs/framework/utils"
import { RentalBlock } from "./rental-block"
import { RentalModel } from "./rental-model"

/**
 * A serialized piece of the business's own equipment offered for rent. The machine itself (serial number,
 * meters, maintenance log) is the fleet's equipment `equipment_id`, so its history stays one across rentals.
 */
export const RentalUnit = model
  .define("rental_unit", {
    id: model.id({ prefix: "runit" }).primaryKey(),
    equipment_id: model.text(),
    active: model.boolean().default(true),
    rental_model: model.belongsTo(() => RentalModel, { mappedBy: "units" }),
    blocks: model.hasMany(() => RentalBlock, { mappedBy: "unit" }),
  })
  .cascades({ delete: ["blocks"] })
  .indexes([{ on: ["equipment_id"], unique: true }, { on: ["rental_model_id"] }])
