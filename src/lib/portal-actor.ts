import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../modules/clientAccount"
import type ClientAccountModuleService from "../modules/clientAccount/service"
import type { MemberRole } from "../modules/clientAccount/models/account-member"
import { PORTAL_SESSION_ACTOR_TYPE } from "./portal-session"

/** What a person may do in the portal; a role grants a set of these. */
export type PortalCapability = "view" | "request" | "approve" | "manage_users"

const ROLE_CAPABILITIES: Record<MemberRole, PortalCapability[]> = {
  viewer: ["view"],
  requester: ["view", "request"],
  approver: ["view", "request", "approve"],
  admin: ["view", "request", "approve", "manage_users"],
}

export type PortalActor = {
  /** A signed-in member, a secure link, or staff viewing the portal as a member. */
  kind: "member" | "link" | "impersonation"
  account_id: string
  member_id: string | null
  customer_id: string | null
  role: MemberRole
  /** The sites this session may see; null means every site of the account. */
  site_ids: string[] | null
  /** Set when a secure link opens only one intervention. */
  intervention_id: string | null
  read_only: boolean
  is_payer: boolean
  secure_link_id: string | null
  impersonated_by: string | null
}

/** Claims we add to the tokens we issue ourselves (secure links, view as client). */
export type PortalTokenClaims = {
  portal_link_id?: string
  portal_impersonation?: { user_id: string; log_id: string }
}

const actors = new WeakMap<object, Promise<PortalActor>>()

const notAClient = () =>
  new MedusaError(MedusaError.Types.FORBIDDEN, "This sign-in does not give access to a client portal")

/**
 * Resolves, once per request, who is calling a portal route: customer -> member -> account, role and
 * scope. Every portal read and write filters by what this returns.
 */
export function getPortalActor(req: AuthenticatedMedusaRequest): Promise<PortalActor> {
  let actor = actors.get(req)
  if (!actor) {
    actor = resolvePortalActor(req)
    actors.set(req, actor)
  }
  return actor
}

async function resolvePortalActor(req: AuthenticatedMedusaRequest): Promise<PortalActor> {
  const service = req.scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const claims = (req.auth_context?.app_metadata ?? {}) as PortalTokenClaims & { customer_id?: string }

  if (claims.portal_link_id) {
    const link = await service.secureLinkAccess(claims.portal_link_id)
    if (!link || link.revoked_at || new Date(link.expires_at) <= new Date() || !link.portal_enabled) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This link has expired or was revoked")
    }
    return {
      kind: "link",
      account_id: link.account_id,
      member_id: null,
      customer_id: null,
      role: link.allow_actions ? "requester" : "viewer",
      site_ids: link.scope === "site" && link.site_id ? [link.site_id] : null,
      intervention_id: link.scope === "intervention" ? link.intervention_id : null,
      read_only: !link.allow_actions,
      is_payer: false,
      secure_link_id: link.id,
      impersonated_by: null,
    }
  }

  const impersonation = claims.portal_impersonation ?? null
  // A token the portal issued opens a link's or a view-as session, never a member's full one.
  if (req.auth_context?.actor_type === PORTAL_SESSION_ACTOR_TYPE && !impersonation) throw notAClient()
  const customerId = claims.customer_id ?? req.auth_context?.actor_id
  if (!customerId) throw notAClient()
  // A view-as session holds only while the staff action it names issued it, for this very member.
  if (impersonation && !(await service.viewAsSessionWasIssued(impersonation.log_id, customerId))) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "This view-as session was not issued by staff")
  }
  const member = await service.memberAccess(customerId)
  if (!member) throw notAClient()
  if (!member.portal_enabled) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "The portal is not enabled for this account")
  }
  return {
    kind: impersonation ? "impersonation" : "member",
    account_id: member.account_id,
    member_id: member.id,
    customer_id: member.customer_id,
    role: member.role,
    site_ids: member.site_ids?.length ? member.site_ids : null,
    intervention_id: null,
    read_only: impersonation !== null,
    is_payer: member.is_payer,
    secure_link_id: null,
    impersonated_by: impersonation?.user_id ?? null,
  }
}

export function capabilitiesOf(actor: PortalActor): PortalCapability[] {
  return actor.read_only ? ["view"] : ROLE_CAPABILITIES[actor.role]
}

export function can(actor: PortalActor, capability: PortalCapability): boolean {
  return capabilitiesOf(actor).includes(capability)
}

/** Refuses the request unless the actor may do this; read-only sessions may only look. */
export function assertCan(actor: PortalActor, capability: PortalCapability): void {
  if (!can(actor, capability)) {
    throw new MedusaError(
      MedusaError.Types.FORBIDDEN,
      actor.read_only
        ? "This session is read-only"
        : `Your role (${actor.role}) does not allow this action`
    )
  }
}

/** Whether a record of the actor's account that belongs to `siteId` is within the actor's scope. */
export function siteIsVisible(actor: PortalActor, siteId: string | null | undefined): boolean {
  return sitesCover(actor.site_ids, siteId)
}

/**
 * Whether a scope of sites (null or empty: every site) covers a record of `siteId`; a record without a site
 * is account-wide, outside any site-limited scope.
 */
export function sitesCover(siteIds: string[] | null, siteId: string | null | undefined): boolean {
  if (siteIds === null || !siteIds.length) return true
  return siteId !== null && siteId !== undefined && siteIds.includes(siteId)
}

/** The actor as the granter of a colleague's access: a member, with their own role and sites. */
export function granterOf(actor: PortalActor): { member_id: string; role: MemberRole; site_ids: string[] | null } {
  if (!actor.member_id) throw notAClient()
  return { member_id: actor.member_id, role: actor.role, site_ids: actor.site_ids }
}

/** The filters that keep a list of the actor's account's records (with `site_id`) to what the actor may see. */
export type RecordScope = { account_id: string; site_id?: string[] }

/**
 * The actor's scope as list filters, the same rule as siteIsVisible: a site-limited member or a site link
 * sees only their sites' records, never account-wide ones (a record without a site).
 */
export function recordScope(actor: PortalActor): RecordScope {
  return actor.site_ids === null ? { account_id: actor.account_id } : { account_id: actor.account_id, site_id: actor.site_ids }
}
