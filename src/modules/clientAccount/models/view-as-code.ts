import { model } from "@medusajs/framework/utils"
import { ClientAccount } from "./client-account"

/**
 * The one-time code of a staff "view as client" URL: only its hash is kept, tied to the access-log entry of
 * the staff action that issued it. The portal exchanges it once, server-side, for a read-only session; the
 * URL never carries a session token, so a crafted link cannot plant someone else's session.
 */
export const ViewAsCode = model
  .define("client_view_as_code", {
    id: model.id({ prefix: "cvas" }).primaryKey(),
    code_hash: model.text().unique(),
    /** The `impersonation_started` entry of the access log: the session's token names it. */
    access_log_id: model.text().unique(),
    member_id: model.text(),
    customer_id: model.text(),
    user_id: model.text(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
    account: model.belongsTo(() => ClientAccount, { mappedBy: "view_as_codes" }),
  })
