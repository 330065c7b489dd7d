import { model } from "@medusajs/framework/utils"
import { INVOICE_KINDS, INVOICE_STATUSES, type InvoiceLine } from "../contract"
import { InvoicePayment } from "./invoice-payment"

/**
 * A sales document as issued: an invoice of an order, a deposit (advance) invoice, a settlement invoice
 * closing a deposit schedule, or a credit note. Its lines are a snapshot and its PDF is rendered once at
 * issue and stored (`pdf_file_id`): later changes to the order or the settings never alter it.
 */
export const Invoice = model
  .define("billing_invoice", {
    id: model.id({ prefix: "inv" }).primaryKey(),
    account_id: model.text(),
    site_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** An invoice of one fulfilment (delivery note) of its order, when invoicing on fulfilment; null: the whole order. */
    fulfillment_id: model.text().nullable(),
    kind: model.enum([...INVOICE_KINDS]).default("invoice"),
    /** "INV-2026-00001": prefix per kind, then the year and the gapless sequence of that year and kind. */
    number: model.text().searchable(),
    year: model.number(),
    sequence: model.number(),
    status: model.enum([...INVOICE_STATUSES]).default("open"),
    issue_date: model.dateTime(),
    due_date: model.dateTime(),
    currency_code: model.text(),
    subtotal: model.bigNumber().default(0),
    tax_total: model.bigNumber().default(0),
    /** Deposits deducted (a positive amount, already taken off `total`). */
    deposit_total: model.bigNumber().default(0),
    total: model.bigNumber().default(0),
    paid_total: model.bigNumber().default(0),
    /** Credit notes issued against this invoice. */
    credited_total: model.bigNumber().default(0),
    lines: model.json(),
    /** Who the invoice is addressed to, as it was at issue. */
    billing_details: model.json().nullable(),
    pdf_file_id: model.text().nullable(),
    /** A credit note: the invoice it credits. */
    credited_invoice_id: model.text().nullable(),
    /** A deposit invoice: the final or settlement invoice it was deducted from (once only). */
    deducted_in_id: model.text().nullable(),
    deposit_schedule_id: model.text().nullable(),
    reason: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    last_reminder_at: model.dateTime().nullable(),
    reminder_count: model.number().default(0),
    metadata: model.json().nullable(),
    payments: model.hasMany(() => InvoicePayment, { mappedBy: "invoice" }),
  })
  .cascades({ delete: ["payments"] })
  .indexes([
    // The one number per kind and year, whatever a race between issuers does.
    { on: ["kind", "year", "sequence"], unique: true },
    { on: ["number"], unique: true },
    { on: ["account_id", "issue_date"] },
    { on: ["account_id", "status", "due_date"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    // One order, one invoice of the whole order: a redelivered "order placed" or a double click cannot invoice an order twice.
    { name: "IDX_billing_invoice_order_invoiced_once", on: ["order_id"], unique: true, where: "order_id IS NOT NULL AND kind = 'invoice' AND fulfillment_id IS NULL AND status <> 'cancelled'" },
    // One fulfilment, one invoice: a redelivered "fulfilment created" cannot invoice a shipment twice.
    { name: "IDX_billing_invoice_fulfillment_invoiced_once", on: ["fulfillment_id"], unique: true, where: "fulfillment_id IS NOT NULL AND status <> 'cancelled'" },
    { on: ["credited_invoice_id"], where: "credited_invoice_id IS NOT NULL" },
    { on: ["deposit_schedule_id"], where: "deposit_schedule_id IS NOT NULL" },
    { on: ["status", "due_date"] },
  ])
  .checks([
    { name: "billing_invoice_amounts_not_negative", expression: (c) => `${c.paid_total} >= 0 AND ${c.credited_total} >= 0` },
    { name: "billing_invoice_credit_note_credits", expression: (c) => `(${c.kind} = 'credit_note') = (${c.credited_invoice_id} IS NOT NULL)` },
  ])

export type InvoiceLines = InvoiceLine[]
