import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type { MemberRole } from "../../../modules/clientAccount/models/account-member"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type MemberInvitationInput = {
  account_id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  role: MemberRole
  site_ids: string[]
  invited_by: string
}

type Previous = { created: string } | { updated: Omit<MemberInvitationInput, "account_id" | "email"> & { id: string; invited_at: Date } }

export const saveMemberInvitationStepId = "save-member-invitation"

/**
 * Writes the pending invitation of an address to an account: a new one, or the pending one renewed with
 * what the admin typed this time (one pending invitation per address and account). Compensation removes
 * the new one or restores the old one.
 */
export const saveMemberInvitationStep = createStep(
  saveMemberInvitationStepId,
  async (input: MemberInvitationInput, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const values = {
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
      phone: input.phone ?? null,
      role: input.role,
      site_ids: input.site_ids,
      invited_by: input.invited_by,
      invited_at: new Date(),
    }
    const [pending] = await service.listMemberInvitations({ account_id: input.account_id, email: input.email, status: "pending" })
    if (pending) {
      const updated = await service.updateMemberInvitations({ id: pending.id, ...values })
      const { id, first_name, last_name, phone, role, site_ids, invited_by, invited_at } = pending
      return new StepResponse(updated, { updated: { id, first_name, last_name, phone, role, site_ids: site_ids as string[], invited_by, invited_at } } as Previous)
    }
    const created = await service.createMemberInvitations({ account_id: input.account_id, email: input.email, ...values })
    return new StepResponse(created, { created: created.id } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    if ("created" in previous) await service.deleteMemberInvitations(previous.created)
    else await service.updateMemberInvitations(previous.updated)
  }
)
