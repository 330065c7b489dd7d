import { z } from "@medusajs/framework/zod"
import { listQuery, textFilter } from "../../../utils/list-query"

export const ORDER_PAD_PRODUCT_FIELDS = ["variant_id", "product_id", "title", "sku", "unit_price"]

/** A yes/no filter: `bought_before=true` keeps what the account ordered before, `favourites=true` the member's favourites. */
const flag = (field: string) =>
  z
    .unknown()
    .transform((raw, ctx): boolean | undefined => {
      if (raw === undefined || raw === "") return undefined
      if (raw === "true" || raw === "false") return raw === "true"
      ctx.addIssue({ code: "custom", message: `${field} must be true or false` })
      return z.NEVER
    })
    .optional() as z.ZodType<boolean | undefined>

export const StoreListOrderPadProducts = listQuery({
  defaultLimit: 24,
  sortable: [],
  filters: { q: textFilter("q"), site_id: textFilter("site_id"), bought_before: flag("bought_before"), favourites: flag("favourites") },
})
export type StoreListOrderPadProductsType = z.infer<typeof StoreListOrderPadProducts>

export const ORDER_PAD_FAVOURITE_FIELDS = ["id", "variant_id", "created_at"]

export const StoreListOrderPadFavourites = listQuery({ defaultLimit: 50 })
export type StoreListOrderPadFavouritesType = z.infer<typeof StoreListOrderPadFavourites>

export const StoreMarkOrderPadFavourite = z
  .object({ variant_id: z.string({ message: "variant_id must be text" }).trim().min(1, "variant_id is required").max(200, "variant_id must be at most 200 characters") })
  .strict()
export type StoreMarkOrderPadFavouriteType = z.infer<typeof StoreMarkOrderPadFavourite>

export const StoreOrderPadTerms = z.object({}).strict()

export const StoreCreateOrderPadCart = z
  .object({
    site_id: z.string().trim().min(1, "site_id must not be empty").max(200).nullish(),
    items: z
      .array(
        z.object({
          variant_id: z.string().trim().min(1, "items.variant_id is required").max(200),
          quantity: z.number({ message: "items.quantity must be a number" }).int("items.quantity must be a whole number").min(1, "items.quantity must be at least 1").max(100_000),
        }).strict(),
        { message: "items must be a list" }
      )
      .max(200)
      .default([]),
  })
  .strict()
export type StoreCreateOrderPadCartType = z.infer<typeof StoreCreateOrderPadCart>
