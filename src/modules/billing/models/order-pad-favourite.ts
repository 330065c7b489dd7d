import { model } from "@medusajs/framework/utils"

/**
 * A product variant a member marked on the order pad, to find it again. Each member keeps his own list
 * (colleagues never see it); one row per account, member and variant, which the unique index holds however
 * often the star is clicked at once.
 */
export const OrderPadFavourite = model
  .define("billing_order_pad_favourite", {
    id: model.id({ prefix: "padfav" }).primaryKey(),
    account_id: model.text(),
    customer_id: model.text(),
    variant_id: model.text(),
  })
  .indexes([{ name: "IDX_billing_order_pad_favourite_unique", on: ["account_id", "customer_id", "variant_id"], unique: true }])
