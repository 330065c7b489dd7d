import { model } from "@medusajs/framework/utils"

/** Per-account ordering terms staff set: the approval threshold of portal orders and the salesperson told of them. */
export const AccountOrdering = model
  .define("billing_account_ordering", {
    id: model.id({ prefix: "accord" }).primaryKey(),
    account_id: model.text().unique(),
    approval_threshold: model.bigNumber().nullable(),
    salesperson_id: model.text().nullable(),
  })
