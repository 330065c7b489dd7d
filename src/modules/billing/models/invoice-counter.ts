import { model } from "@medusajs/framework/utils"

/**
 * The last number given per kind and year. Issuing locks this row (select … for update) in the issuing
 * transaction and increments it, so numbers are consecutive: a failed issue rolls its increment back.
 */
export const InvoiceCounter = model
  .define("billing_invoice_counter", {
    id: model.id({ prefix: "invcnt" }).primaryKey(),
    kind: model.text(),
    year: model.number(),
    last_sequence: model.number().default(0),
  })
  .indexes([{ on: ["kind", "year"], unique: true }])
