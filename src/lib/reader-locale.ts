import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../modules/clientAccount"
import type ClientAccountModuleService from "../modules/clientAccount/service"

/** A member's language: their own choice in the portal, else their account's. */
export async function memberLocale(container: MedusaContainer, customerId: string | null, accountId: string): Promise<string> {
  const [customer] = customerId ? await container.resolve(Modules.CUSTOMER).listCustomers({ id: customerId }, { select: ["id", "metadata"] }) : []
  const chosen = customer?.metadata?.locale
  if (typeof chosen === "string" && chosen) return chosen
  const account = await container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE).retrieveClientAccount(accountId, { select: ["locale"] })
  return account.locale ?? "en"
}

/**
 * The language a client reads an answer in: the portal page's own (Medusa's `?locale=` or `x-medusa-locale`,
 * which the portal sends with every call), else the member's saved language, so that another client of the API
 * reads what the member would read.
 */
export async function readerLocale(req: AuthenticatedMedusaRequest, who: { customer_id: string | null; account_id: string }): Promise<string> {
  return req.locale ?? memberLocale(req.scope, who.customer_id, who.account_id)
}
