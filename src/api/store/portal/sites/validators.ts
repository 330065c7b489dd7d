import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"

export const StoreListSites = createFindParams({ limit: 50, offset: 0 }).extend({
  q: z.string().trim().min(1).max(200).optional(),
})
export type StoreListSitesType = z.infer<typeof StoreListSites>
