import { model } from "@medusajs/framework/utils"
import { DEPOSIT_SCHEDULE_STATUSES } from "../contract"

/**
 * Advance payments on a schedule (the utility model): `count` monthly deposit invoices of `monthly_amount`
 * from `start_date` for an account or one of its sites, then one settlement invoice deducting them.
 */
export const DepositSchedule = model
  .define("billing_deposit_schedule", {
    id: model.id({ prefix: "depsch" }).primaryKey(),
    account_id: model.text(),
    site_id: model.text().nullable(),
    title: model.text().searchable(),
    currency_code: model.text(),
    monthly_amount: model.bigNumber(),
    start_date: model.dateTime(),
    count: model.number(),
    issued_count: model.number().default(0),
    status: model.enum([...DEPOSIT_SCHEDULE_STATUSES]).default("active"),
    settlement_invoice_id: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["account_id"] }, { on: ["status", "start_date"] }])
  .checks([{ name: "billing_deposit_schedule_issued_within_count", expression: (c) => `${c.issued_count} >= 0 AND ${c.issued_count} <= ${c.count}` }])
