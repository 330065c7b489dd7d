import { model } from "@medusajs/framework/utils"
import { RentalUnit } from "./rental-unit"

/** A period a unit cannot be rented: maintenance, repair, inspection. */
export const RentalBlock = model
  .define("rental_block", {
    id: model.id({ prefix: "rblk" }).primaryKey(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    reason: model.text().nullable(),
    unit: model.belongsTo(() => RentalUnit, { mappedBy: "blocks" }),
  })
  .indexes([{ on: ["unit_id", "starts_at"] }])
  .checks([{ name: "rental_block_ends_after_start", expression: (c) => `${c.ends_at} > ${c.starts_at}` }])
