import { model } from "@medusajs/framework/utils"
import { ClientAccount } from "./client-account"

export const SECURE_LINK_SCOPES = ["account", "site", "intervention"] as const
export type SecureLinkScope = (typeof SECURE_LINK_SCOPES)[number]

/**
 * A link staff send to a client that opens the portal without signing in, narrowed to an account, one site
 * or one intervention. Only a hash of its token is stored.
 */
export const SecureLink = model
  .define("client_secure_link", {
    id: model.id({ prefix: "clink" }).primaryKey(),
    token_hash: model.text().unique(),
    label: model.text().nullable(),
    scope: model.enum([...SECURE_LINK_SCOPES]).default("account"),
    site_id: model.text().nullable(),
    intervention_id: model.text().nullable(),
    allow_actions: model.boolean().default(false),
    expires_at: model.dateTime(),
    revoked_at: model.dateTime().nullable(),
    last_used_at: model.dateTime().nullable(),
    use_count: model.number().default(0),
    created_by: model.text().nullable(),
    account: model.belongsTo(() => ClientAccount, { mappedBy: "secure_links" }),
  })
  .indexes([{ on: ["account_id"] }])
