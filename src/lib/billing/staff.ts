import type { MedusaContainer } from "@medusajs/framework/types"
import { CLIENT_ACCOUNT_MODULE } from "../../modules/clientAccount"
import type ClientAccountModuleService from "../../modules/clientAccount/service"

/** The account of a Medusa customer (a member's), for the customer page's widgets; null when none. */
export async function accountOfCustomer(container: MedusaContainer, customerId: string): Promise<string | null> {
  const [member] = await container
    .resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    .listAccountMembers({ customer_id: customerId }, { select: ["account_id"] })
  return member?.account_id ?? null
}
