import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES } from "../../../../modules/clientAccount/models/account-member"

export const StoreListMembers = createFindParams({ limit: 50, offset: 0 })
export type StoreListMembersType = z.infer<typeof StoreListMembers>

const siteIds = z.array(z.string().min(1)).max(500)

export const StoreUpdateMember = z
  .object({ role: z.enum(MEMBER_ROLES).optional(), site_ids: siteIds.optional() })
  .strict()
export type StoreUpdateMemberType = z.infer<typeof StoreUpdateMember>
