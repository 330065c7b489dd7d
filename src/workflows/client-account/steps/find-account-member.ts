import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type { MemberRole } from "../../../modules/clientAccount/models/account-member"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type FoundAccountMember = {
  id: string
  role: MemberRole
  site_ids: string[]
  customer_id: string
  customer: { id: string; email: string; first_name: string | null; last_name: string | null }
  account: {
    id: string
    number: string
    name: string
    locale: string
    portal_enabled: boolean
    address_1: string | null
    address_2: string | null
    postal_code: string | null
    city: string | null
    country_code: string | null
  }
}

export const findAccountMemberStepId = "find-account-member"

/**
 * Loads a member of the given account with its customer and account. Another account's member answers 404,
 * exactly like a missing one, so that account admins cannot probe ids.
 */
export const findAccountMemberStep = createStep(
  findAccountMemberStepId,
  async ({ id, account_id }: { id: string; account_id: string }, { container }) => {
    const service = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    const [member] = await service.listAccountMembers({ id, account_id }, { relations: ["account"] })
    if (!member) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member with id: ${id} was not found`)
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(member.customer_id)
    const found: FoundAccountMember = {
      id: member.id,
      role: member.role,
      site_ids: member.site_ids ?? [],
      customer_id: member.customer_id,
      customer: { id: customer.id, email: customer.email, first_name: customer.first_name, last_name: customer.last_name },
      account: {
        id: member.account.id,
        number: member.account.number,
        name: member.account.name,
        locale: member.account.locale,
        portal_enabled: member.account.portal_enabled,
        address_1: member.account.address_1,
        address_2: member.account.address_2,
        postal_code: member.account.postal_code,
        city: member.account.city,
        country_code: member.account.country_code,
      },
    }
    return new StepResponse(found)
  }
)
