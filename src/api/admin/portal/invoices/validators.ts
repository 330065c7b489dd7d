import { z } from "@medusajs/framework/zod"
import { INVOICE_KINDS, INVOICE_STATUSES, ORDER_INVOICE_KINDS, PAYMENT_METHODS } from "../../../../modules/billing/contract"
import { INVOICE_SORTABLE } from "../../../store/portal/invoices/validators"
import { enumList } from "../../../utils/enum-list"
import { dateField, numberField } from "../../../utils/input-fields"
import { listQuery, textFilter } from "../../../utils/list-query"

export const AdminListInvoices = listQuery({
  defaultLimit: 20,
  sortable: INVOICE_SORTABLE,
  filters: {
    q: textFilter("q"),
    status: enumList("status", INVOICE_STATUSES),
    kind: enumList("kind", INVOICE_KINDS),
    account_id: textFilter("account_id"),
    order_id: textFilter("order_id"),
    customer_id: textFilter("customer_id"),
  },
})
export type AdminListInvoicesType = z.infer<typeof AdminListInvoices>

const id = (field: string) => z.string({ message: `${field} is required` }).trim().min(1, { message: `${field} is required` }).max(100, { message: `${field} is too long` })
const amount = (field: string) => numberField(field).refine((n) => (n as number) > 0, { message: `${field} must be more than 0` })

export const AdminIssueInvoice = z
  .object({
    order_id: id("order_id"),
    kind: z.enum(ORDER_INVOICE_KINDS, { message: `kind must be one of ${ORDER_INVOICE_KINDS.join(", ")}` }).default("invoice"),
    amount: amount("amount").optional(),
    deposit_ids: z.array(id("deposit_ids"), { message: "deposit_ids must be a list of invoice ids" }).max(100, { message: "deposit_ids lists too many deposits" }).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    // A deposit is an amount asked in advance; the invoice takes the order's own totals and deducts deposits.
    if (body.kind === "deposit" && body.amount === undefined) ctx.addIssue({ code: "custom", path: ["amount"], message: "amount is required for a deposit invoice" })
    if (body.kind === "deposit" && body.deposit_ids) ctx.addIssue({ code: "custom", path: ["deposit_ids"], message: "deposit_ids applies to an invoice, not to a deposit" })
    if (body.kind === "invoice" && body.amount !== undefined) ctx.addIssue({ code: "custom", path: ["amount"], message: "amount applies to a deposit invoice only: an invoice takes the order's totals" })
  })
export type AdminIssueInvoiceType = z.infer<typeof AdminIssueInvoice>

export const AdminCreditInvoice = z
  .object({
    amount: amount("amount").optional(),
    reason: z.string({ message: "reason is required" }).trim().min(1, { message: "reason is required" }).max(500, { message: "reason is too long" }),
  })
  .strict()
export type AdminCreditInvoiceType = z.infer<typeof AdminCreditInvoice>

export const AdminRecordPayment = z
  .object({
    amount: amount("amount"),
    paid_at: dateField("paid_at").optional(),
    method: z.enum(PAYMENT_METHODS, { message: `method must be one of ${PAYMENT_METHODS.join(", ")}` }).default("bank_transfer"),
    reference: z.string({ message: "reference must be text" }).trim().max(200, { message: "reference is too long" }).nullish(),
  })
  .strict()
export type AdminRecordPaymentType = z.infer<typeof AdminRecordPayment>

export const AdminResendInvoice = z.object({}).strict()

export const AdminAmountDue = z
  .object({ account_id: textFilter("account_id"), customer_id: textFilter("customer_id") })
  .strict()
export type AdminAmountDueType = z.infer<typeof AdminAmountDue>
