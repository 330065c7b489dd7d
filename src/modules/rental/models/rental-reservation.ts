import { model } from "@medusajs/framework/utils"
import { RESERVATION_STATUSES } from "../contract"
import { RentalAssignment } from "./rental-assignment"
import { RentalCharge } from "./rental-charge"
import { RentalLine } from "./rental-line"
import { RentalSlip } from "./rental-slip"

/**
 * A client account's booking of models × quantities for a period; a loan when `is_loan` (same flow, no
 * charges, no order). Units are assigned at request time so the database's exclusion constraint settles
 * races; staff may change them when confirming.
 */
export const RentalReservation = model
  .define("rental_reservation", {
    id: model.id({ prefix: "rres" }).primaryKey(),
    number: model.text().unique().searchable(),
    account_id: model.text(),
    site_id: model.text().nullable(),
    status: model.enum([...RESERVATION_STATUSES]).default("requested"),
    is_loan: model.boolean().default(false),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    currency_code: model.text(),
    estimated_total: model.bigNumber().default(0),
    deposit_total: model.bigNumber().default(0),
    customer_id: model.text().nullable(),
    requested_by_name: model.text().nullable(),
    notes: model.text().nullable(),
    rejection_reason: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
    out_at: model.dateTime().nullable(),
    returned_at: model.dateTime().nullable(),
    cancelled_at: model.dateTime().nullable(),
    rejected_at: model.dateTime().nullable(),
    order_id: model.text().nullable(),
    lines: model.hasMany(() => RentalLine, { mappedBy: "reservation" }),
    assignments: model.hasMany(() => RentalAssignment, { mappedBy: "reservation" }),
    slips: model.hasMany(() => RentalSlip, { mappedBy: "reservation" }),
    charges: model.hasMany(() => RentalCharge, { mappedBy: "reservation" }),
  })
  .cascades({ delete: ["lines", "assignments", "slips", "charges"] })
  .indexes([
    { on: ["account_id", "starts_at"] },
    { on: ["status", "starts_at"] },
    { on: ["order_id"], unique: true, where: "order_id IS NOT NULL" },
  ])
  .checks([
    { name: "rental_reservation_ends_after_start", expression: (c) => `${c.ends_at} > ${c.starts_at}` },
    // A loan is never billed.
    { name: "rental_reservation_loan_without_order", expression: (c) => `NOT ${c.is_loan} OR ${c.order_id} IS NULL` },
  ])
