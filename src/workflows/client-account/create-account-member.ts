import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../modules/clientAccount/models/account-member"
import { ensurePortalIdentityStep } from "../client-access/steps/ensure-portal-identity"
import { createAccountMemberStep } from "./steps/create-account-member"
import { resolveMemberCustomerStep, type MemberCustomerInput } from "./steps/resolve-member-customer"
import { validateAccountSitesStep } from "./steps/validate-account-sites"

export type CreateAccountMemberInput = MemberCustomerInput & {
  account_id: string
  role: MemberRole
  is_payer?: boolean
  site_ids?: string[]
  /** Set by the invitation workflow: when and by whom (a staff user id or a member id). */
  invited_at?: Date | null
  invited_by?: string | null
}

export const createAccountMemberWorkflowId = "create-account-member"

/**
 * Adds a person to an account: an existing Medusa customer, or a new one created from e-mail, names and
 * phone. Sites are checked before anything is written; a failure later removes a customer created here. The
 * member gets a `portal-otp` identity so that they can sign in with one-time codes.
 */
export const createAccountMemberWorkflow = createWorkflow(createAccountMemberWorkflowId, (input: CreateAccountMemberInput) => {
  const siteIds = validateAccountSitesStep({ account_id: input.account_id, site_ids: input.site_ids })
  const customer = resolveMemberCustomerStep(input)
  const data = transform({ input, customer, siteIds }, ({ input, customer, siteIds }) => ({
    account_id: input.account_id,
    customer_id: customer.id,
    role: input.role,
    is_payer: input.is_payer ?? false,
    site_ids: siteIds,
    invited_at: input.invited_at ?? null,
    invited_by: input.invited_by ?? null,
  }))
  const member = createAccountMemberStep(data)
  // The member signs in with one-time codes sent to their e-mail or phone: give them that identity now.
  ensurePortalIdentityStep(
    transform({ customer }, ({ customer }) => ({ customer_id: customer.id, email: customer.email, phone: customer.phone }))
  )
  return new WorkflowResponse(member)
})
