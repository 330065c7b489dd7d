import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreListMembers, StoreUpdateMember } from "./validators"

/** What an account's members see of each other: no invitation bookkeeping of staff. */
export const STORE_MEMBER_FIELDS = ["id", "role", "is_payer", "site_ids", "invited_at", "activated_at", "created_at"]

export const storePortalMembersMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/portal/members",
    middlewares: [
      validateAndTransformQuery(StoreListMembers, {
        defaults: STORE_MEMBER_FIELDS,
        allowed: STORE_MEMBER_FIELDS,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  { method: ["POST"], matcher: "/store/portal/members/:id", middlewares: [validateAndTransformBody(StoreUpdateMember)] },
]
