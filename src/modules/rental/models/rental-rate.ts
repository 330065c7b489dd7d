import { model } from "@medusajs/framework/utils"
import { RentalModel } from "./rental-model"

/**
 * A model's prices in one currency, main units as Medusa's prices: per day, and optionally per week (7 days)
 * and month (30 days); the deposit; a meter allowance per rented day beyond which each meter unit costs
 * `extra_meter_rate`. One general rate per currency, and one per currency for each customer group that has its own.
 */
export const RentalRate = model
  .define("rental_rate", {
    id: model.id({ prefix: "rrate" }).primaryKey(),
    currency_code: model.text(),
    day_rate: model.bigNumber(),
    week_rate: model.bigNumber().nullable(),
    month_rate: model.bigNumber().nullable(),
    deposit: model.bigNumber().default(0),
    meter_allowance_per_day: model.float().nullable(),
    extra_meter_rate: model.bigNumber().nullable(),
    /**
     * The customer group this rate is for (a Medusa customer group); null for the general rate. Medusa's price
     * lists hold one amount per variant, not a day/week/month card with a deposit and a meter allowance, so
     * group rates live here, beside the general one.
     */
    customer_group_id: model.text().nullable(),
    rental_model: model.belongsTo(() => RentalModel, { mappedBy: "rates" }),
  })
  .indexes([
    { on: ["rental_model_id", "currency_code"], unique: true, where: "customer_group_id IS NULL" },
    { on: ["rental_model_id", "currency_code", "customer_group_id"], unique: true, where: "customer_group_id IS NOT NULL" },
  ])
