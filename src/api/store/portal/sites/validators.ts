import type { z } from "@medusajs/framework/zod"
import { listQuery, textFilter } from "../../../utils/list-query"

/** The columns a sites list may be sorted by, for clients and staff alike. */
export const SITE_SORTABLE = ["name", "city", "postal_code", "country_code", "created_at", "updated_at"] as const

export const StoreListSites = listQuery({ defaultLimit: 50, sortable: SITE_SORTABLE, filters: { q: textFilter("q") } })
export type StoreListSitesType = z.infer<typeof StoreListSites>
