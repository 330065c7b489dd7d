import { z } from "@medusajs/framework/zod"
import { CHANGE_REQUEST_STATUSES, CHANGE_TARGETS } from "../../../../modules/support/statuses"
import { listQuery } from "../../../utils/list-query"

export const StoreListChangeRequests = listQuery({
  defaultLimit: 20,
  filters: { status: z.enum(CHANGE_REQUEST_STATUSES, { message: `status must be one of ${CHANGE_REQUEST_STATUSES.join(", ")}` }).optional() },
})
export type StoreListChangeRequestsType = z.infer<typeof StoreListChangeRequests>

export const StoreCreateChangeRequest = z
  .object({
    target: z.enum(CHANGE_TARGETS, { message: `target must be one of ${CHANGE_TARGETS.join(", ")}` }),
    site_id: z.string({ message: "site_id must be a site id" }).trim().max(100, { message: "site_id is too long" }).nullish(),
    note: z.string({ message: "note must be text" }).trim().max(2000, { message: "note is too long" }).nullish(),
    fields: z
      .array(
        z
          .object({
            field: z.string({ message: "fields.field is required" }).trim().min(1, { message: "fields.field is required" }).max(50, { message: "fields.field is too long" }),
            proposed_value: z.string({ message: "fields.proposed_value must be text" }).trim().max(500, { message: "fields.proposed_value is too long" }).nullable(),
          })
          .strict(),
        { message: "fields must be a list of { field, proposed_value }" }
      )
      .min(1, { message: "fields: propose at least one change" })
      .max(20, { message: "fields: at most 20" }),
  })
  .strict()
export type StoreCreateChangeRequestType = z.infer<typeof StoreCreateChangeRequest>
