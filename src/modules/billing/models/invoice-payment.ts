import { model } from "@medusajs/framework/utils"
import { PAYMENT_METHODS } from "../contract"
import { Invoice } from "./invoice"

/**
 * Money received on an invoice: online through Medusa's payment module (its collection and payment ids), or
 * recorded by staff (bank transfer, cash). A refund is a negative amount.
 */
export const InvoicePayment = model
  .define("billing_invoice_payment", {
    id: model.id({ prefix: "invpay" }).primaryKey(),
    account_id: model.text(),
    amount: model.bigNumber(),
    paid_at: model.dateTime(),
    method: model.enum([...PAYMENT_METHODS]).default("bank_transfer"),
    reference: model.text().nullable(),
    payment_collection_id: model.text().nullable(),
    payment_id: model.text().nullable(),
    /** The customer (online) or Medusa user (recorded) who made the entry. */
    recorded_by: model.text().nullable(),
    invoice: model.belongsTo(() => Invoice, { mappedBy: "payments" }),
  })
  .indexes([
    { on: ["account_id", "paid_at"] },
    // One online payment is recorded once per invoice, however often its confirmation is replayed.
    { on: ["payment_id", "invoice_id"], unique: true, where: "payment_id IS NOT NULL" },
  ])
