import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type ClientAccountData = {
  number: string
  name: string
  address_1?: string | null
  address_2?: string | null
  postal_code?: string | null
  city?: string | null
  country_code?: string | null
  contact_name?: string | null
  contact_email?: string | null
  contact_phone?: string | null
  notes?: string | null
  locale?: string
  portal_enabled?: boolean
}

export const createClientAccountStepId = "create-client-account"

/** Creates a client account; its number is unique, and a taken one answers 409 naming `number`. */
export const createClientAccountStep = createStep(
  createClientAccountStepId,
  async (data: ClientAccountData, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const [taken] = await service.listClientAccounts({ number: data.number }, { select: ["id"] })
    if (taken) {
      throw new MedusaError(MedusaError.Types.CONFLICT, `number: a client account numbered ${data.number} already exists`)
    }
    const account = await service.createClientAccounts(data)
    return new StepResponse(account, account.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).deleteClientAccounts(id)
  }
)
