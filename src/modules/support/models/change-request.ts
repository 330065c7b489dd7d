import { model } from "@medusajs/framework/utils"
import { CHANGE_REQUEST_STATUSES, CHANGE_TARGETS } from "../statuses"
import { ChangeRequestField } from "./change-request-field"

/**
 * A member's proposal to change their company's data (`target` account) or one site's (`target` site),
 * field by field. Staff decide each field; the request is decided once no field is pending.
 */
export const ChangeRequest = model
  .define("support_change_request", {
    id: model.id({ prefix: "schg" }).primaryKey(),
    account_id: model.text(),
    target: model.enum([...CHANGE_TARGETS]),
    site_id: model.text().nullable(),
    status: model.enum([...CHANGE_REQUEST_STATUSES]).default("pending"),
    note: model.text().nullable(),
    requested_by_member_id: model.text().nullable(),
    requested_by_name: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    fields: model.hasMany(() => ChangeRequestField, { mappedBy: "change_request" }),
  })
  .cascades({ delete: ["fields"] })
  .indexes([{ on: ["account_id", "status"] }, { on: ["status", "created_at"] }])
