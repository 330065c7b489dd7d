import { z } from "@medusajs/framework/zod"
import { QUOTE_STATUSES, type QuoteStatus } from "../../../../modules/quote/statuses"
import { listQuery } from "../../../utils/list-query"

/** `status=sent,viewed` or repeated `status=sent&status=viewed`. */
export const statusList = z
  .preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
    z.array(z.enum(QUOTE_STATUSES, { message: `status must be among ${QUOTE_STATUSES.join(", ")}` }))
  )
  .optional() as z.ZodType<QuoteStatus[] | undefined>

/** The columns a quotes list answers and may be sorted by, for clients and staff alike. */
export const QUOTE_SORTABLE = ["created_at", "sent_at", "valid_until", "number", "title", "status"] as const
export const QUOTE_LIST_FIELDS = ["id", ...QUOTE_SORTABLE]

export const StoreListQuotes = listQuery({ defaultLimit: 20, sortable: QUOTE_SORTABLE, filters: { status: statusList } })
export type StoreListQuotesType = z.infer<typeof StoreListQuotes>

export const StoreAcceptQuote = z
  .object({
    selected_optional_line_ids: z.array(z.string().min(1), { message: "selected_optional_line_ids must be a list of line ids" }).max(500).default([]),
    signature_name: z.string().trim().max(200, { message: "signature_name is too long" }).nullish(),
    version: z.number().int().positive({ message: "version must be a positive whole number" }).optional(),
  })
  .strict()
export type StoreAcceptQuoteType = z.infer<typeof StoreAcceptQuote>

export const StoreRejectQuote = z
  .object({ reason: z.string({ message: "reason is required" }).trim().min(1, { message: "reason is required" }).max(2000, { message: "reason is too long" }) })
  .strict()
export type StoreRejectQuoteType = z.infer<typeof StoreRejectQuote>

export const QuoteMessageBody = z
  .object({ body: z.string({ message: "body is required" }).trim().min(1, { message: "body is required" }).max(5000, { message: "body is too long" }) })
  .strict()
export type QuoteMessageBodyType = z.infer<typeof QuoteMessageBody>

// A thread reads oldest first, always.
export const ListQuoteMessages = listQuery({ defaultLimit: 50 })
export type ListQuoteMessagesType = z.infer<typeof ListQuoteMessages>

export const QuotePdfQuery = z.object({
  version: z.coerce.number({ message: "version must be a whole number" }).int({ message: "version must be a whole number" }).positive({ message: "version must be positive" }).optional(),
})
export type QuotePdfQueryType = z.infer<typeof QuotePdfQuery>
