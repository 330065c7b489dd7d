import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import type { VerifyAccessCodeOutcome } from "./verify-access-code"

type Accepted = { invitation_id: string; member_id: string; created_customer_id: string | null }

export const acceptMemberInvitationStepId = "accept-member-invitation"

/**
 * A right code sent to an address that is no member's accepts the newest pending invitation of that
 * address: the person proved they read its mailbox, which is their consent. The member is the customer of
 * that address (a registered customer first), created from what the inviter typed when there is none, with
 * the invited role and sites. Any other outcome passes through unchanged. Compensation undoes all three.
 */
export const acceptMemberInvitationStep = createStep(
  acceptMemberInvitationStepId,
  async ({ identifier, outcome }: { identifier: string; outcome: VerifyAccessCodeOutcome }, { container }) => {
    const codeWasRight = (outcome.ok && !outcome.member_id) || outcome.reason === "not_a_member"
    if (!codeWasRight) return new StepResponse<VerifyAccessCodeOutcome, Accepted | null>(outcome, null)
    const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const invitation = await accounts.pendingInvitationFor(identifier)
    if (!invitation) return new StepResponse<VerifyAccessCodeOutcome, Accepted | null>({ ...outcome, ok: false, reason: "not_a_member" }, null)

    const customers = container.resolve(Modules.CUSTOMER)
    const found = await customers.listCustomers({ email: invitation.email })
    let customer = found.find((c) => c.has_account) ?? found[0]
    let createdCustomerId: string | null = null
    if (!customer) {
      customer = await customers.createCustomers({
        email: invitation.email,
        first_name: invitation.first_name,
        last_name: invitation.last_name,
        phone: invitation.phone,
      })
      createdCustomerId = customer.id
    }
    const member = await accounts.createAccountMembers({
      account_id: invitation.account.id,
      customer_id: customer.id,
      role: invitation.role,
      site_ids: invitation.site_ids as string[],
      invited_at: invitation.invited_at,
      invited_by: invitation.invited_by,
    })
    await accounts.updateMemberInvitations({ id: invitation.id, status: "accepted", accepted_at: new Date(), member_id: member.id })
    return new StepResponse<VerifyAccessCodeOutcome, Accepted | null>(
      { ...outcome, ok: true, reason: null, customer_id: customer.id, member_id: member.id, account_id: invitation.account.id },
      { invitation_id: invitation.id, member_id: member.id, created_customer_id: createdCustomerId }
    )
  },
  async (accepted, { container }) => {
    if (!accepted) return
    const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    await accounts.updateMemberInvitations({ id: accepted.invitation_id, status: "pending", accepted_at: null, member_id: null })
    await accounts.deleteAccountMembers(accepted.member_id)
    if (accepted.created_customer_id) await container.resolve(Modules.CUSTOMER).deleteCustomers(accepted.created_customer_id)
  }
)
