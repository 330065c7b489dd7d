import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { StoreInviteMember, StoreListInvitations } from "./validators"

/** What an account admin sees of a pending invitation: only what was typed when inviting. */
export const STORE_INVITATION_FIELDS = ["id", "email", "first_name", "last_name", "phone", "role", "site_ids", "status", "invited_at"]

export const storePortalInvitationsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/portal/invitations",
    middlewares: [validateListQuery(StoreListInvitations, STORE_INVITATION_FIELDS)],
  },
  { method: ["POST"], matcher: "/store/portal/invitations", middlewares: [validateBody(StoreInviteMember)] },
]
