import { model } from "@medusajs/framework/utils"

/**
 * A one-time sign-in code: only its hash is kept, with its expiry and the wrong tries made against it.
 * Also counts the codes sent per identifier, for the hourly limit.
 */
export const AccessCode = model
  .define("client_access_code", {
    id: model.id({ prefix: "ccode" }).primaryKey(),
    identifier: model.text(),
    customer_id: model.text().nullable(),
    code_hash: model.text().nullable(),
    channel: model.enum(["email", "sms", "none"]),
    expires_at: model.dateTime(),
    failed_attempts: model.number().default(0),
    consumed_at: model.dateTime().nullable(),
    ip: model.text().nullable(),
  })
  .indexes([{ on: ["identifier", "created_at"] }, { on: ["ip", "created_at"] }])
