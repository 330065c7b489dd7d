import { model } from "@medusajs/framework/utils"
import { RentalRate } from "./rental-rate"
import { RentalUnit } from "./rental-unit"

/**
 * A catalogue variant offered for rent: its rates per currency, the buffer kept free after each rental
 * (cleaning, checks) and the serialized units that are this variant.
 */
export const RentalModel = model
  .define("rental_model", {
    id: model.id({ prefix: "rmod" }).primaryKey(),
    variant_id: model.text(),
    /** Shown when the variant's own title is not (a snapshot kept for slips and lists). */
    title: model.text().searchable(),
    description: model.text().nullable(),
    buffer_hours: model.number().default(24),
    active: model.boolean().default(true),
    rates: model.hasMany(() => RentalRate, { mappedBy: "rental_model" }),
    units: model.hasMany(() => RentalUnit, { mappedBy: "rental_model" }),
  })
  .cascades({ delete: ["rates"] })
  .indexes([{ on: ["variant_id"], unique: true }])
