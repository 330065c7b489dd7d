import { model } from "@medusajs/framework/utils"

/**
 * Credentials in two parts for a new member: one printed on a posted letter, one e-mailed; both together
 * open portal access once. Only hashes are kept.
 */
export const Activation = model
  .define("client_activation", {
    id: model.id({ prefix: "cact" }).primaryKey(),
    member_id: model.text(),
    letter_code_hash: model.text(),
    email_code_hash: model.text(),
    expires_at: model.dateTime(),
    used_at: model.dateTime().nullable(),
    created_by: model.text().nullable(),
  })
  .indexes([{ on: ["member_id"] }])
