import { z } from "@medusajs/framework/zod"
import { numberField } from "../../../utils/input-fields"
import { listQuery } from "../../../utils/list-query"

export const PAYMENT_LIST_FIELDS = ["id", "paid_at", "amount", "method"]
export const StoreListPayments = listQuery({ defaultLimit: 20 })
export type StoreListPaymentsType = z.infer<typeof StoreListPayments>

export const StorePayInvoices = z
  .object({
    invoice_ids: z
      .array(z.string({ message: "invoice_ids must be a list of invoice ids" }).trim().min(1, { message: "invoice_ids must not hold an empty id" }).max(100, { message: "invoice_ids holds an id too long" }), {
        message: "invoice_ids must be a list of invoice ids",
      })
      .min(1, { message: "invoice_ids must name at least one invoice" })
      .max(50, { message: "invoice_ids names too many invoices" }),
    amount: numberField("amount").refine((n) => (n as number) > 0, { message: "amount must be more than 0" }).optional(),
  })
  .strict()
export type StorePayInvoicesType = z.infer<typeof StorePayInvoices>

/** Completing a confirmed payment takes no body: the provider has what the browser confirmed. */
export const StoreCompletePayment = z.object({}).strict()
export type StoreCompletePaymentType = z.infer<typeof StoreCompletePayment>
