import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const cancelMemberInvitationStepId = "cancel-member-invitation"

/** Marks a pending invitation of the account cancelled; another account's, or a settled one, answers 404. */
export const cancelMemberInvitationStep = createStep(
  cancelMemberInvitationStepId,
  async ({ id, account_id }: { id: string; account_id: string }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const [pending] = await service.listMemberInvitations({ id, account_id, status: "pending" }, { select: ["id"] })
    if (!pending) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invitation with id: ${id} was not found`)
    await service.updateMemberInvitations({ id, status: "cancelled" })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateMemberInvitations({ id, status: "pending" })
  }
)
