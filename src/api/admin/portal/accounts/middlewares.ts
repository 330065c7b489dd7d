import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateListQuery } from "../../../utils/validate-request"
import { SITE_FIELDS } from "../../../store/portal/sites/middlewares"
import {
  AdminCreateClientAccount,
  AdminCreateMember,
  AdminCreateSecureLink,
  AdminCreateSite,
  AdminIssueActivation,
  AdminListAccessLog,
  AdminListClientAccounts,
  AdminListMembers,
  AdminListSecureLinks,
  AdminListSites,
  AdminUpdateClientAccount,
  AdminUpdateMember,
  AdminUpdateSite,
} from "./validators"

export const ACCOUNT_FIELDS = [
  "id",
  "number",
  "name",
  "address_1",
  "address_2",
  "postal_code",
  "city",
  "country_code",
  "contact_name",
  "contact_email",
  "contact_phone",
  "notes",
  "locale",
  "portal_enabled",
  "created_at",
  "updated_at",
]

export const MEMBER_FIELDS = [
  "id",
  "customer_id",
  "role",
  "is_payer",
  "site_ids",
  "invited_at",
  "invited_by",
  "activated_at",
  "last_sign_in_at",
  "created_at",
]

/** Never `token_hash`: staff see when a link was used, not what opens it. */
export const SECURE_LINK_FIELDS = [
  "id",
  "label",
  "scope",
  "site_id",
  "intervention_id",
  "allow_actions",
  "expires_at",
  "revoked_at",
  "last_used_at",
  "use_count",
  "created_by",
  "created_at",
]

export const ACCESS_LOG_FIELDS = [
  "id",
  "event",
  "identifier",
  "member_id",
  "customer_id",
  "secure_link_id",
  "user_id",
  "ip",
  "user_agent",
  "details",
  "created_at",
]

const list = validateListQuery

const BASE = "/admin/portal/accounts"

export const adminPortalAccountsMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: BASE, middlewares: [list(AdminListClientAccounts, ACCOUNT_FIELDS)] },
  { method: ["POST"], matcher: BASE, middlewares: [validateBody(AdminCreateClientAccount)] },
  { method: ["POST"], matcher: `${BASE}/:id`, middlewares: [validateBody(AdminUpdateClientAccount)] },
  { method: ["GET"], matcher: `${BASE}/:id/sites`, middlewares: [list(AdminListSites, SITE_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/:id/sites`, middlewares: [validateBody(AdminCreateSite)] },
  { method: ["POST"], matcher: `${BASE}/:id/sites/:siteId`, middlewares: [validateBody(AdminUpdateSite)] },
  { method: ["GET"], matcher: `${BASE}/:id/members`, middlewares: [list(AdminListMembers, MEMBER_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/:id/members`, middlewares: [validateBody(AdminCreateMember)] },
  { method: ["POST"], matcher: `${BASE}/:id/members/:memberId`, middlewares: [validateBody(AdminUpdateMember)] },
  {
    method: ["POST"],
    matcher: `${BASE}/:id/members/:memberId/activation`,
    middlewares: [validateBody(AdminIssueActivation)],
  },
  { method: ["GET"], matcher: `${BASE}/:id/secure-links`, middlewares: [list(AdminListSecureLinks, SECURE_LINK_FIELDS)] },
  { method: ["POST"], matcher: `${BASE}/:id/secure-links`, middlewares: [validateBody(AdminCreateSecureLink)] },
  { method: ["GET"], matcher: `${BASE}/:id/access-log`, middlewares: [list(AdminListAccessLog, ACCESS_LOG_FIELDS)] },
]
