import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "../../../../modules/clientAccount/models/account-member"
import { listQuery } from "../../../utils/list-query"

export const StoreListInvitations = listQuery({ defaultLimit: 50, sortable: ["invited_at", "email", "role"] })
export type StoreListInvitationsType = z.infer<typeof StoreListInvitations>

/** An account admin invites a colleague by e-mail; the names and phone are theirs to type, never looked up. */
export const StoreInviteMember = z
  .object({
    email: z.string().trim().email({ message: "email must be an e-mail address" }).max(254),
    first_name: z.string().trim().max(100).nullish(),
    last_name: z.string().trim().max(100).nullish(),
    phone: z.string().trim().max(40).nullish(),
    role: z.enum(MEMBER_ROLES),
    site_ids: z.array(z.string().min(1)).max(500).optional(),
  })
  .strict()
export type StoreInviteMemberType = z.infer<typeof StoreInviteMember>
