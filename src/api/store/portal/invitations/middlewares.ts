import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreInviteMember, StoreListInvitations } from "./validators"

/** What an account admin sees of a pending invitation: only what was typed when inviting. */
export const STORE_INVITATION_FIELDS = ["id", "email", "first_name", "last_name", "phone", "role", "site_ids", "status", "invited_at"]

export const storePortalInvitationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/portal/invitations",
    middlewares: [
      validateAndTransformQuery(StoreListInvitations, {
        defaults: STORE_INVITATION_FIELDS,
        allowed: STORE_INVITATION_FIELDS,
        isList: true,
        defaultLimit: 50,
      }),
    ],
  },
  { method: ["POST"], matcher: "/store/portal/invitations", middlewares: [validateAndTransformBody(StoreInviteMember)] },
]
