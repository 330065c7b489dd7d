import { z } from "@medusajs/framework/zod"
import { CHANGE_REQUEST_STATUSES } from "../../../../modules/support/statuses"
import { listQuery, textFilter } from "../../../utils/list-query"

export const AdminListChangeRequests = listQuery({
  defaultLimit: 50,
  filters: {
    status: z.enum(CHANGE_REQUEST_STATUSES, { message: `status must be one of ${CHANGE_REQUEST_STATUSES.join(", ")}` }).optional(),
    account_id: textFilter("account_id"),
  },
})
export type AdminListChangeRequestsType = z.infer<typeof AdminListChangeRequests>

export const AdminDecideChangeRequest = z
  .object({
    decisions: z
      .array(
        z
          .object({
            field_id: z.string({ message: "decisions.field_id is required" }).trim().min(1, { message: "decisions.field_id is required" }).max(100, { message: "decisions.field_id is too long" }),
            decision: z.enum(["approved", "rejected"], { message: "decisions.decision must be approved or rejected" }),
            reason: z.string({ message: "decisions.reason must be text" }).trim().max(2000, { message: "decisions.reason is too long" }).nullish(),
          })
          .strict(),
        { message: "decisions must be a list" }
      )
      .min(1, { message: "decisions: decide at least one field" })
      .max(50, { message: "decisions: at most 50" }),
  })
  .strict()
export type AdminDecideChangeRequestType = z.infer<typeof AdminDecideChangeRequest>
