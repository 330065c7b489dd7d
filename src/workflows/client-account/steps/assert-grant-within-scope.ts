import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { MEMBER_ROLES, type MemberRole } from "../../../modules/clientAccount/roles"

/** An account member granting access to a colleague (staff grant without these limits). */
export type Granter = {
  member_id: string
  role: MemberRole
  /** The granter's own sites; null means every site of the account. */
  site_ids: string[] | null
}

export type GrantCheck = {
  granter: Granter
  /** The member whose access changes; absent for an invitation. */
  target?: { id: string; role: MemberRole; site_ids: string[] } | null
  /** What is granted; for an invitation, absent sites mean every site. */
  grant: { role?: MemberRole; site_ids?: string[] }
  is_invitation?: boolean
}

/** Admin first: a lower index is a wider role. */
const rank = (role: MemberRole) => MEMBER_ROLES.indexOf(role)

/**
 * What a member may grant: never their own access (role, sites, removal: another admin or staff does it),
 * never a role above their own, and, when they see only some sites, only some of those sites (never "every
 * site", which an empty list means) to colleagues who see no other site.
 */
export function assertGrantWithinScope({ granter, target, grant, is_invitation }: GrantCheck): void {
  if (target && target.id === granter.member_id) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "id: you cannot change your own access; another admin of your account or staff can")
  }
  if (grant.role && rank(grant.role) < rank(granter.role)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `role: you cannot grant a role above your own (${granter.role})`)
  }
  if (granter.site_ids === null) return
  const mine = new Set(granter.site_ids)
  if (target && (rank(target.role) < rank(granter.role) || !target.site_ids.length || target.site_ids.some((id) => !mine.has(id)))) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "id: this member has access beyond your own sites and role")
  }
  const sites = grant.site_ids ?? (is_invitation ? [] : undefined)
  if (sites && (!sites.length || sites.some((id) => !mine.has(id)))) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "site_ids: choose among your own sites; you cannot grant every site or other sites")
  }
}

export const assertGrantWithinScopeStepId = "assert-grant-within-scope"

/** Refuses a member's grant that reaches beyond their own access, before anything is written. */
export const assertGrantWithinScopeStep = createStep(assertGrantWithinScopeStepId, async (input: GrantCheck) => {
  assertGrantWithinScope(input)
  return new StepResponse(undefined)
})
