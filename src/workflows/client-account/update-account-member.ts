import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../modules/clientAccount/models/account-member"
import { assertAccountKeepsAdminStep } from "./steps/assert-account-keeps-admin"
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
}

export const updateAccountMemberWorkflowId = "update-account-member"

/** Changes a member's role, sites or payer flag, within the member's own account. */
export const updateAccountMemberWorkflow = createWorkflow(updateAccountMemberWorkflowId, (input: UpdateAccountMemberInput) => {
  findAccountMemberStep({ id: input.id, account_id: input.account_id })
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
