import { model } from "@medusajs/framework/utils"

/**
 * The audit trail of account-change requests: who did what to which field and when (requested, approved,
 * rejected, applied). Written in the same workflow step as the change; never updated.
 */
export const ChangeAuditEntry = model
  .define("support_change_audit_entry", {
    id: model.id({ prefix: "saud" }).primaryKey(),
    account_id: model.text(),
    change_request_id: model.text(),
    action: model.text(),
    field: model.text().nullable(),
    old_value: model.text().nullable(),
    new_value: model.text().nullable(),
    reason: model.text().nullable(),
    actor_type: model.text(),
    actor_id: model.text().nullable(),
  })
  .indexes([{ on: ["change_request_id", "created_at"] }, { on: ["account_id", "created_at"] }])
