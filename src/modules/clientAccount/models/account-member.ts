import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../roles"
import { ClientAccount } from "./client-account"

export { MEMBER_ROLES, type MemberRole } from "../roles"

/**
 * A person of a client account: a Medusa customer with a role. `site_ids` limits what the member sees to
 * some of the account's sites; empty means every site.
 */
export const AccountMember = model
  .define("account_member", {
    id: model.id({ prefix: "cmem" }).primaryKey(),
    customer_id: model.text().unique(),
    role: model.enum([...MEMBER_ROLES]).default("viewer"),
    is_payer: model.boolean().default(false),
    site_ids: model.array().default([]),
    invited_at: model.dateTime().nullable(),
    invited_by: model.text().nullable(),
    activated_at: model.dateTime().nullable(),
    last_sign_in_at: model.dateTime().nullable(),
    account: model.belongsTo(() => ClientAccount, { mappedBy: "members" }),
  })
  .indexes([{ on: ["account_id"] }])
