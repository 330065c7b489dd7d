import type { HttpTypes } from "@medusajs/framework/types"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

/** A catalogue product variant, as the pickers show it. */
export type VariantOption = { id: string; title: string; sku: string | null; product_title: string }

const KEY = "product-variants"
const FIELDS = "id,title,sku,product.id,product.title"

const toOption = (variant: HttpTypes.AdminProductVariant): VariantOption => ({
  id: variant.id,
  title: variant.title ?? "",
  sku: variant.sku ?? null,
  product_title: variant.product?.title ?? "",
})

/**
 * Medusa's variants whose SKU, title or product title matches `q`, through the admin's own variant route:
 * its search covers the product's fields, so one request answers both "filter" and "CX-35".
 */
export function useVariantSearch(q: string, enabled = true) {
  return useQuery({
    queryKey: [KEY, "search", q],
    queryFn: async () => {
      const { variants } = await sdk.admin.productVariant.list({ q: q || undefined, limit: 20, fields: FIELDS })
      return variants.map(toOption)
    },
    placeholderData: keepPreviousData,
    enabled,
  })
}

/** Variants already chosen, by id, so a form can name them; one request for them all. */
export function useVariantsById(ids: string[]) {
  const unique = [...new Set(ids)].sort()
  return useQuery({
    queryKey: [KEY, "by-id", unique],
    queryFn: async () => {
      const { variants } = await sdk.admin.productVariant.list({ id: unique, limit: unique.length, fields: FIELDS })
      return variants.map(toOption)
    },
    enabled: unique.length > 0,
  })
}
