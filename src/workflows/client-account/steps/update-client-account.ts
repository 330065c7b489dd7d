import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"
import type { ClientAccountData } from "./create-client-account"

export type UpdateClientAccountData = { id: string } & Partial<ClientAccountData>

export const updateClientAccountStepId = "update-client-account"

/** Changes an account's fields; the compensation puts back the values it overwrote. */
export const updateClientAccountStep = createStep(
  updateClientAccountStepId,
  async ({ id, ...update }: UpdateClientAccountData, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const previous = await service.retrieveClientAccount(id)
    if (update.number !== undefined && update.number !== previous.number) {
      const [taken] = await service.listClientAccounts({ number: update.number }, { select: ["id"] })
      if (taken) {
        throw new MedusaError(MedusaError.Types.CONFLICT, `number: a client account numbered ${update.number} already exists`)
      }
    }
    const account = await service.updateClientAccounts({ id, ...update })
    const restore = Object.fromEntries(
      Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]])
    ) as Partial<ClientAccountData>
    return new StepResponse(account, { id, ...restore })
  },
  async (restore, { container }) => {
    if (!restore) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).updateClientAccounts(restore)
  }
)
