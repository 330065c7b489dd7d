import { model } from "@medusajs/framework/utils"
import { RentalReservation } from "./rental-reservation"

/** One model × quantity of a reservation, with the price and deposit shown when it was requested. */
export const RentalLine = model
  .define("rental_line", {
    id: model.id({ prefix: "rlin" }).primaryKey(),
    model_id: model.text(),
    variant_id: model.text(),
    title: model.text(),
    quantity: model.number(),
    price: model.bigNumber().default(0),
    deposit: model.bigNumber().default(0),
    reservation: model.belongsTo(() => RentalReservation, { mappedBy: "lines" }),
  })
  .indexes([{ on: ["reservation_id"] }])
  .checks([{ name: "rental_line_quantity_positive", expression: (c) => `${c.quantity} > 0` }])
