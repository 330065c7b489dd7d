import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../roles"
import { ClientAccount } from "./client-account"

export const INVITATION_STATUSES = ["pending", "accepted", "cancelled"] as const
export type InvitationStatus = (typeof INVITATION_STATUSES)[number]

/**
 * An account admin's invitation of a colleague, kept exactly as the admin typed it. Nobody is attached to
 * the account until the person accepts by signing in with a code sent to this address: an invitation never
 * reveals or takes over an existing customer or another account's member. One pending invitation per
 * address and account.
 */
export const MemberInvitation = model
  .define("client_member_invitation", {
    id: model.id({ prefix: "cinv" }).primaryKey(),
    email: model.text(),
    first_name: model.text().nullable(),
    last_name: model.text().nullable(),
    phone: model.text().nullable(),
    role: model.enum([...MEMBER_ROLES]),
    site_ids: model.array().default([]),
    status: model.enum([...INVITATION_STATUSES]).default("pending"),
    /** The member who invited. */
    invited_by: model.text(),
    invited_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    /** The member the acceptance made. */
    member_id: model.text().nullable(),
    account: model.belongsTo(() => ClientAccount, { mappedBy: "invitations" }),
  })
  .indexes([
    { on: ["account_id", "email"], unique: true, where: "status = 'pending' AND deleted_at IS NULL" },
    { on: ["email", "status"] },
  ])
