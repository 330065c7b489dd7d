import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "../../../../modules/clientAccount/models/account-member"
import { listQuery } from "../../../utils/list-query"

export const MEMBER_SORTABLE = ["created_at", "role", "invited_at", "activated_at"] as const

export const StoreListMembers = listQuery({ defaultLimit: 50, sortable: MEMBER_SORTABLE })
export type StoreListMembersType = z.infer<typeof StoreListMembers>

const siteIds = z.array(z.string().min(1)).max(500)

/** An account admin invites a colleague, who may not be a customer yet. */
export const StoreInviteMember = z
  .object({
    email: z.string().trim().email({ message: "email must be an e-mail address" }),
    first_name: z.string().trim().max(100).nullish(),
    last_name: z.string().trim().max(100).nullish(),
    phone: z.string().trim().max(40).nullish(),
    role: z.enum(MEMBER_ROLES),
    site_ids: siteIds.optional(),
  })
  .strict()
export type StoreInviteMemberType = z.infer<typeof StoreInviteMember>

export const StoreUpdateMember = z
  .object({ role: z.enum(MEMBER_ROLES).optional(), site_ids: siteIds.optional() })
  .strict()
export type StoreUpdateMemberType = z.infer<typeof StoreUpdateMember>
