import { model } from "@medusajs/framework/utils"
import { FIELD_DECISIONS } from "../statuses"
import { ChangeRequest } from "./change-request"

/**
 * One proposed field: the value it had when requested, the value proposed, and staff's decision with its
 * reason. `applied_value_before` is what the record held when the approved value was written (the audit).
 */
export const ChangeRequestField = model
  .define("support_change_request_field", {
    id: model.id({ prefix: "schf" }).primaryKey(),
    field: model.text(),
    current_value: model.text().nullable(),
    proposed_value: model.text().nullable(),
    decision: model.enum([...FIELD_DECISIONS]).default("pending"),
    reason: model.text().nullable(),
    decided_by: model.text().nullable(),
    decided_at: model.dateTime().nullable(),
    applied_value_before: model.text().nullable(),
    applied_at: model.dateTime().nullable(),
    change_request: model.belongsTo(() => ChangeRequest, { mappedBy: "fields" }),
  })
  .indexes([{ on: ["change_request_id", "field"], unique: true }])
