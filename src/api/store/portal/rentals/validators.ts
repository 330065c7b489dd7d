import { z } from "@medusajs/framework/zod"
import { RENTAL_PERIODS, RESERVATION_STATUSES } from "../../../../modules/rental/contract"
import { dateField } from "../../../utils/input-fields"
import { listQuery, requiredTextFilter, textFilter } from "../../../utils/list-query"

/** The fields a rentals list answers (its shape is fixed; `fields` may only narrow nothing beyond these). */
export const RENTAL_LIST_FIELDS = ["id", "number", "status", "is_loan", "site_id", "starts_at", "ends_at", "currency_code", "estimated_total", "deposit_total", "created_at"]
export const RENTAL_SORTABLE = ["starts_at", "ends_at", "created_at", "number"] as const

const currency = z
  .string({ message: "currency_code must be a currency code" })
  .trim()
  .regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a three-letter currency code" })
  .transform((c) => c.toLowerCase())

export const StoreListRentals = listQuery({
  defaultLimit: 20,
  sortable: RENTAL_SORTABLE,
  filters: {
    period: z.enum(RENTAL_PERIODS, { message: `period must be one of ${RENTAL_PERIODS.join(", ")}` }).optional(),
    status: z.enum(RESERVATION_STATUSES, { message: `status must be one of ${RESERVATION_STATUSES.join(", ")}` }).optional(),
    q: textFilter("q"),
  },
})
export type StoreListRentalsType = z.infer<typeof StoreListRentals>

export const StoreRentalCatalogue = listQuery({
  defaultLimit: 50,
  filters: {
    starts_at: dateField("starts_at").optional(),
    ends_at: dateField("ends_at").optional(),
    currency_code: currency.optional(),
    q: textFilter("q"),
  },
}).refine((q) => !q.starts_at || !q.ends_at || q.starts_at < q.ends_at, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type StoreRentalCatalogueType = z.infer<typeof StoreRentalCatalogue>

export const StoreRentalAvailability = z
  .object({
    model_id: requiredTextFilter("model_id"),
    from: dateField("from").optional(),
    to: dateField("to").optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "to must be after from", path: ["to"] })
  .refine((q) => !q.from || !q.to || q.to.getTime() - q.from.getTime() <= 400 * 86_400_000, { message: "to must be at most 400 days after from", path: ["to"] })
export type StoreRentalAvailabilityType = z.infer<typeof StoreRentalAvailability>

const id = (field: string) => z.string({ message: `${field} must be an id` }).trim().min(1, { message: `${field} is required` }).max(100, { message: `${field} must be at most 100 characters` })

export const StoreReserveRental = z
  .object({
    starts_at: dateField("starts_at"),
    ends_at: dateField("ends_at"),
    site_id: id("site_id").nullish(),
    currency_code: currency.optional(),
    notes: z.string({ message: "notes must be text" }).trim().max(2000, { message: "notes must be at most 2000 characters" }).nullish(),
    lines: z
      .array(
        z
          .object({
            model_id: id("lines.model_id"),
            quantity: z
              .number({ message: "lines.quantity must be a number" })
              .int({ message: "lines.quantity must be a whole number" })
              .min(1, { message: "lines.quantity must be at least 1" })
              .max(100, { message: "lines.quantity must be at most 100" }),
          })
          .strict(),
        { message: "lines must be a list of models and quantities" }
      )
      .min(1, { message: "lines must name at least one model" })
      .max(20, { message: "lines must name at most 20 models" }),
  })
  // The order of the dates is checked with the business's date rules after the caller's rights (a refusal
  // names ends_at), so that another account's or a read-only caller is answered 404 / 403 first.
  .strict()
export type StoreReserveRentalType = z.infer<typeof StoreReserveRental>

export const StoreChangeRental = z
  .object({
    starts_at: dateField("starts_at"),
    ends_at: dateField("ends_at"),
    preview: z.boolean({ message: "preview must be true or false" }).optional(),
  })
  .strict()
export type StoreChangeRentalType = z.infer<typeof StoreChangeRental>

export const StoreCancelRental = z.object({ preview: z.boolean({ message: "preview must be true or false" }).optional() }).strict()
export type StoreCancelRentalType = z.infer<typeof StoreCancelRental>
