import { model } from "@medusajs/framework/utils"
import { CHARGE_KINDS } from "../contract"
import { RentalReservation } from "./rental-reservation"

/** One line of what a rental costs: the rental itself, extra meter use, late days, damage, a fee. */
export const RentalCharge = model
  .define("rental_charge", {
    id: model.id({ prefix: "rchg" }).primaryKey(),
    kind: model.enum([...CHARGE_KINDS]),
    description: model.text(),
    quantity: model.float().default(1),
    unit_amount: model.bigNumber(),
    amount: model.bigNumber(),
    reservation: model.belongsTo(() => RentalReservation, { mappedBy: "charges" }),
  })
  .indexes([{ on: ["reservation_id"] }])
