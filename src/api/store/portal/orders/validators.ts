import { z } from "@medusajs/framework/zod"
import { listQuery, textFilter } from "../../../utils/list-query"

const ORDER_STATUSES = ["pending", "completed", "draft", "archived", "canceled", "requires_action"] as const

/** `status=pending,completed` or repeated `status=pending&status=completed`. */
const orderStatusList = z
  .preprocess(
    (v) => (typeof v === "string" ? v.split(",").map((s) => s.trim()).filter(Boolean) : v),
    z.array(z.enum(ORDER_STATUSES, { message: `status must be among ${ORDER_STATUSES.join(", ")}` }), { message: "status must be a list of statuses" })
  )
  .optional() as z.ZodType<(typeof ORDER_STATUSES)[number][] | undefined>

export const ORDER_SORTABLE = ["created_at", "display_id"] as const
export const ORDER_LIST_FIELDS = ["id", ...ORDER_SORTABLE, "status", "total"]

export const StoreListOrders = listQuery({
  defaultLimit: 20,
  sortable: ORDER_SORTABLE,
  filters: { q: textFilter("q"), status: orderStatusList, site_id: textFilter("site_id") },
})
export type StoreListOrdersType = z.infer<typeof StoreListOrders>

export const StoreReorder = z.object({}).strict()
