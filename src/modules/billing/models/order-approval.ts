import { model } from "@medusajs/framework/utils"
import { ORDER_APPROVAL_STATUSES } from "../contract"

/**
 * A portal order above the account's threshold, placed by a member who may not approve: its Medusa cart
 * waits, uncompleted, until an approver of the account approves (the cart becomes the order) or declines it.
 * One pending approval per cart (a unique index), so two requests for one cart give one approval.
 */
export const OrderApproval = model
  .define("billing_order_approval", {
    id: model.id({ prefix: "ordapr" }).primaryKey(),
    account_id: model.text(),
    site_id: model.text().nullable(),
    cart_id: model.text(),
    status: model.enum([...ORDER_APPROVAL_STATUSES]).default("pending"),
    currency_code: model.text(),
    /** The cart's total when approval was asked; approval refuses a cart changed since. */
    total: model.bigNumber(),
    requested_by_customer_id: model.text(),
    requested_by_name: model.text().nullable(),
    decided_by_customer_id: model.text().nullable(),
    decided_by_name: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    decline_reason: model.text().nullable(),
    order_id: model.text().nullable(),
  })
  .indexes([
    { on: ["account_id", "status"] },
    { on: ["cart_id"], unique: true, where: "status = 'pending'" },
  ])
