import { model } from "@medusajs/framework/utils"
import { ClientAccount } from "./client-account"

export const ACCESS_EVENTS = [
  "code_requested",
  "code_failed",
  "code_locked",
  "rate_limited",
  "signed_in",
  "signed_out",
  "link_opened",
  "link_refused",
  "activation_used",
  "activation_refused",
  "impersonation_started",
  "member_invited",
  "member_removed",
] as const
export type AccessEvent = (typeof ACCESS_EVENTS)[number]

/** Who came in, how, and what was refused: kept for staff, never shown to clients. */
export const AccessLogEntry = model
  .define("client_access_log", {
    id: model.id({ prefix: "clog" }).primaryKey(),
    event: model.enum([...ACCESS_EVENTS]),
    identifier: model.text().nullable(),
    member_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    secure_link_id: model.text().nullable(),
    user_id: model.text().nullable(),
    ip: model.text().nullable(),
    user_agent: model.text().nullable(),
    details: model.json().nullable(),
    account: model.belongsTo(() => ClientAccount, { mappedBy: "access_log" }).nullable(),
  })
  .indexes([{ on: ["account_id", "created_at"] }, { on: ["identifier", "created_at"] }, { on: ["ip", "created_at"] }])
