import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { StoreListMembers, StoreUpdateMember } from "./validators"

/** What an account's members see of each other: no invitation bookkeeping of staff. */
export const STORE_MEMBER_FIELDS = ["id", "role", "is_payer", "site_ids", "invited_at", "activated_at", "created_at"]

export const storePortalMembersMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/store/portal/members", middlewares: [validateListQuery(StoreListMembers, STORE_MEMBER_FIELDS)] },
  { method: ["POST"], matcher: "/store/portal/members/:id", middlewares: [validateBody(StoreUpdateMember)] },
]
