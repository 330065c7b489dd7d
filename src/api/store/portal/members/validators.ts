import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "../../../../modules/clientAccount/models/account-member"
import { listQuery } from "../../../utils/list-query"

export const MEMBER_SORTABLE = ["created_at", "role", "invited_at", "activated_at"] as const

export const StoreListMembers = listQuery({ defaultLimit: 50, sortable: MEMBER_SORTABLE })
export type StoreListMembersType = z.infer<typeof StoreListMembers>

const siteIds = z.array(z.string().min(1)).max(500)

export const StoreUpdateMember = z
  .object({ role: z.enum(MEMBER_ROLES).optional(), site_ids: siteIds.optional() })
  .strict()
export type StoreUpdateMemberType = z.infer<typeof StoreUpdateMember>
