import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../modules/clientAccount/models/account-member"
import { assertAccountKeepsAdminStep } from "./steps/assert-account-keeps-admin"
import { assertGrantWithinScopeStep, type Granter } from "./steps/assert-grant-within-scope"
import { findAccountMemberStep } from "./steps/find-account-member"
import { updateAccountMemberStep } from "./steps/update-account-member"
import { validateAccountSitesStep } from "./steps/validate-account-sites"

export type UpdateAccountMemberInput = {
  id: string
  account_id: string
  role?: MemberRole
  is_payer?: boolean
  site_ids?: string[]
  /** Account admins may not leave their account without an admin; staff may. */
  keep_an_admin?: boolean
  /** Set when an account member grants (from the portal): the grant must stay within their own access. */
  granted_by?: Granter
}

export const updateAccountMemberWorkflowId = "update-account-member"

/** Changes a member's role, sites or payer flag, within the member's own account. */
export const updateAccountMemberWorkflow = createWorkflow(updateAccountMemberWorkflowId, (input: UpdateAccountMemberInput) => {
  const member = findAccountMemberStep({ id: input.id, account_id: input.account_id })
  when({ input }, ({ input }) => !!input.granted_by).then(() => {
    assertGrantWithinScopeStep(
      transform({ input, member }, ({ input, member }) => ({
        granter: input.granted_by!,
        target: { id: member.id, role: member.role, site_ids: member.site_ids },
        grant: { role: input.role, site_ids: input.site_ids },
      }))
    )
  })
  validateAccountSitesStep({ account_id: input.account_id, site_ids: input.site_ids })
  when({ input }, ({ input }) => Boolean(input.keep_an_admin) && input.role !== undefined).then(() => {
    const check = transform({ input }, ({ input }) => ({
      account_id: input.account_id,
      member_id: input.id,
      new_role: input.role ?? null,
    }))
    assertAccountKeepsAdminStep(check)
  })
  const update = transform({ input }, ({ input }) => {
    const { id, role, is_payer, site_ids } = input
    return Object.fromEntries(
      Object.entries({ id, role, is_payer, site_ids }).filter(([, value]) => value !== undefined)
    ) as { id: string; role?: MemberRole; is_payer?: boolean; site_ids?: string[] }
  })
  return new WorkflowResponse(updateAccountMemberStep(update))
})
