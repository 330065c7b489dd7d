import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export const revokeSecureLinkStepId = "revoke-secure-link"

/** Revokes a link of the given account at once; revoking a revoked link keeps its first revocation time. */
export const revokeSecureLinkStep = createStep(
  revokeSecureLinkStepId,
  async ({ id, account_id }: { id: string; account_id: string }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const [link] = await service.listSecureLinks({ id, account_id })
    if (!link) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Secure link with id: ${id} was not found`)
    if (link.revoked_at) return new StepResponse(link, null)
    const revoked = await service.updateSecureLinks({ id, revoked_at: new Date() })
    return new StepResponse(revoked, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateSecureLinks({ id, revoked_at: null })
  }
)
