import { z } from "@medusajs/framework/zod"
import { QUOTE_SORTABLE, statusList } from "../../../store/portal/quotes/validators"
import { dateField } from "../../../utils/input-fields"
import { listQuery, requiredTextFilter, textFilter } from "../../../utils/list-query"

const line = z
  .object({
    variant_id: z.string().trim().min(1, { message: "variant_id cannot be empty" }).nullish(),
    title: z.string().trim().min(1, { message: "title cannot be empty" }).max(300, { message: "title is too long" }).nullish(),
    description: z.string().trim().max(2000, { message: "description is too long" }).nullish(),
    quantity: z.number({ message: "quantity must be a number" }).int({ message: "quantity must be a whole number" }).positive({ message: "quantity must be at least 1" }).max(1_000_000),
    unit_price: z.number({ message: "unit_price must be a number" }).min(0, { message: "unit_price cannot be negative" }).max(1e12).nullish(),
    discount_percent: z.number({ message: "discount_percent must be a number" }).min(0, { message: "discount_percent must be between 0 and 100" }).max(100, { message: "discount_percent must be between 0 and 100" }).nullish(),
    is_optional: z.boolean().optional(),
    selected: z.boolean().optional(),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (!l.variant_id && (l.unit_price === undefined || l.unit_price === null)) {
      ctx.addIssue({ code: "custom", path: ["unit_price"], message: "unit_price is required for a line without a variant" })
    }
    if (!l.variant_id && !l.title) {
      ctx.addIssue({ code: "custom", path: ["title"], message: "title is required for a line without a variant" })
    }
  })

const validUntil = dateField("valid_until")

const quoteFields = {
  site_id: z.string().trim().min(1).nullish(),
  region_id: z.string().trim().min(1, { message: "region_id cannot be empty" }).nullish(),
  currency_code: z.string().trim().regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a three-letter ISO code" }).transform((c) => c.toLowerCase()).nullish(),
  notes: z.string().trim().max(10_000, { message: "notes is too long" }).nullish(),
  salesperson_id: z.string().trim().min(1).nullish(),
  requires_signature: z.boolean().optional(),
}

export const AdminCreateQuote = z
  .object({
    account_id: z.string({ message: "account_id is required" }).trim().min(1, { message: "account_id is required" }),
    title: z.string({ message: "title is required" }).trim().min(1, { message: "title is required" }).max(300, { message: "title is too long" }),
    valid_until: validUntil,
    lines: z.array(line, { message: "lines must be a list" }).max(500, { message: "lines: at most 500 lines" }).default([]),
    ...quoteFields,
  })
  .strict()
export type AdminCreateQuoteType = z.infer<typeof AdminCreateQuote>

export const AdminUpdateQuote = z
  .object({
    title: z.string().trim().min(1, { message: "title cannot be empty" }).max(300, { message: "title is too long" }).optional(),
    valid_until: validUntil.optional(),
    lines: z.array(line, { message: "lines must be a list" }).max(500, { message: "lines: at most 500 lines" }).optional(),
    ...quoteFields,
  })
  .strict()
export type AdminUpdateQuoteType = z.infer<typeof AdminUpdateQuote>

export const AdminListQuotes = listQuery({
  defaultLimit: 20,
  sortable: QUOTE_SORTABLE,
  filters: {
    status: statusList,
    account_id: textFilter("account_id"),
    order_id: textFilter("order_id"),
    customer_id: textFilter("customer_id"),
    q: textFilter("q"),
  },
})
export type AdminListQuotesType = z.infer<typeof AdminListQuotes>

// The admin posts no body at all to cancel; a note is optional.
export const AdminCancelQuote = z.preprocess(
  (body) => body ?? {},
  z.object({ note: z.string().trim().max(2000, { message: "note is too long" }).nullish() }).strict()
)
export type AdminCancelQuoteType = z.infer<typeof AdminCancelQuote>

export const AdminVariantPrices = z.object({
  account_id: requiredTextFilter("account_id"),
  variant_ids: z.preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
    z.array(requiredTextFilter("variant_ids"), { message: "variant_ids must list variant ids" }).min(1, { message: "variant_ids must list variant ids" }).max(200)
  ),
  currency_code: z.string().trim().regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a three-letter ISO code" }).transform((c) => c.toLowerCase()).optional(),
  region_id: textFilter("region_id"),
})
export type AdminVariantPricesType = z.infer<typeof AdminVariantPrices>
