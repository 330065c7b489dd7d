import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type { MemberRole } from "../../../modules/clientAccount/models/account-member"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const assertAccountKeepsAdminStepId = "assert-account-keeps-admin"

/**
 * Refuses to remove or demote the account's last admin: without one, nobody at the client could manage
 * their users any more and they would have to call the business.
 */
export const assertAccountKeepsAdminStep = createStep(
  assertAccountKeepsAdminStepId,
  async (
    { account_id, member_id, new_role }: { account_id: string; member_id: string; new_role: MemberRole | null },
    { container }
  ) => {
    if (new_role === "admin") return new StepResponse(undefined)
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const admins = await service.listAccountMembers({ account_id, role: "admin" }, { select: ["id"] })
    if (admins.length === 1 && admins[0].id === member_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        new_role ? "role: the account's last admin cannot lose the admin role" : "id: the account's last admin cannot be removed"
      )
    }
    return new StepResponse(undefined)
  }
)
