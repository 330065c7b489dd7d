import { z } from "@medusajs/framework/zod"
import { ORDER_APPROVAL_STATUSES } from "../../../../modules/billing/contract"
import { listQuery } from "../../../utils/list-query"

export const ORDER_APPROVAL_SORTABLE = ["created_at"] as const
export const ORDER_APPROVAL_FIELDS = ["id", "status", "total", "created_at", "site_id"]

export const StoreListOrderApprovals = listQuery({
  defaultLimit: 20,
  sortable: ORDER_APPROVAL_SORTABLE,
  filters: {
    status: z.enum(ORDER_APPROVAL_STATUSES, { message: `status must be one of ${ORDER_APPROVAL_STATUSES.join(", ")}` }).optional(),
  },
})
export type StoreListOrderApprovalsType = z.infer<typeof StoreListOrderApprovals>

export const StoreRequestOrderApproval = z.object({ cart_id: z.string({ message: "cart_id is required" }).trim().min(1, "cart_id is required").max(200) }).strict()
export type StoreRequestOrderApprovalType = z.infer<typeof StoreRequestOrderApproval>

export const StoreApproveOrder = z.object({}).strict()

export const StoreDeclineOrder = z
  .object({ reason: z.string({ message: "reason is required" }).trim().min(1, "reason is required").max(2000, "reason must be at most 2000 characters") })
  .strict()
export type StoreDeclineOrderType = z.infer<typeof StoreDeclineOrder>
