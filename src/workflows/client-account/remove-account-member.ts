import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { assertAccountKeepsAdminStep } from "./steps/assert-account-keeps-admin"
import { assertGrantWithinScopeStep, type Granter } from "./steps/assert-grant-within-scope"
import { createAccessLogEntryStep } from "./steps/create-access-log-entry"
import { findAccountMemberStep } from "./steps/find-account-member"
import { removeAccountMemberStep } from "./steps/remove-account-member"

export type RemoveAccountMemberInput = {
  id: string
  account_id: string
  /** Who removes: a staff user, or a member of the account (an account admin). */
  removed_by: { user_id: string } | Granter
}

export const removeAccountMemberWorkflowId = "remove-account-member"
export const MEMBER_REMOVED_EVENT = "portal.client_account.member_removed"

/**
 * Takes a member out of an account and logs it. An account admin may not remove the account's last admin;
 * when a client does it, `portal.client_account.member_removed` tells staff.
 */
export const removeAccountMemberWorkflow = createWorkflow(removeAccountMemberWorkflowId, (input: RemoveAccountMemberInput) => {
  const member = findAccountMemberStep({ id: input.id, account_id: input.account_id })
  const byClient = transform({ input }, ({ input }) => "member_id" in input.removed_by)
  when({ byClient }, ({ byClient }) => byClient).then(() => {
    assertGrantWithinScopeStep(
      transform({ input, member }, ({ input, member }) => ({
        granter: input.removed_by as Granter,
        target: { id: member.id, role: member.role, site_ids: member.site_ids },
        grant: {},
      }))
    )
    assertAccountKeepsAdminStep({ account_id: input.account_id, member_id: input.id, new_role: null })
  })
  removeAccountMemberStep(input.id)
  const log = transform({ input, member }, ({ input, member }) => ({
    event: "member_removed" as const,
    account_id: input.account_id,
    member_id: member.id,
    customer_id: member.customer_id,
    identifier: member.customer.email,
    user_id: "user_id" in input.removed_by ? input.removed_by.user_id : null,
    details: "member_id" in input.removed_by ? { removed_by_member_id: input.removed_by.member_id } : null,
  }))
  createAccessLogEntryStep(log)
  when({ byClient }, ({ byClient }) => byClient).then(() => {
    const event = transform({ input, member }, ({ input, member }) => ({
      eventName: MEMBER_REMOVED_EVENT,
      // A PortalEventData payload: the staff alert pipeline reads it (see lib/alerts).
      data: {
        id: member.id,
        account_id: input.account_id,
        member_id: member.id,
        customer_id: member.customer_id,
        member_email: member.customer.email,
        member_name: [member.customer.first_name, member.customer.last_name].filter(Boolean).join(" ") || null,
        account_name: member.account.name,
        removed_by_member_id: "member_id" in input.removed_by ? input.removed_by.member_id : null,
      },
    }))
    emitEventStep(event)
  })
  return new WorkflowResponse(member)
})
