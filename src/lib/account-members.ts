import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../modules/clientAccount"
import type ClientAccountModuleService from "../modules/clientAccount/service"

export type MemberCustomerSummary = {
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
}

export type ListedMember = Record<string, unknown> & { id: string; customer_id: string; customer: MemberCustomerSummary | null }

type ListOptions = { select: string[]; skip: number; take: number; order?: Record<string, string> }

/**
 * A page of an account's members with their names and contact from Medusa's customer module, for the staff
 * screens and the account admins' members list. One query per module, whatever the page size.
 */
export async function listMembersWithCustomers(
  scope: MedusaContainer,
  accountId: string,
  { select, skip, take, order }: ListOptions
): Promise<[ListedMember[], number]> {
  const service = scope.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
  const fields = [...new Set([...select, "id", "customer_id"])]
  const [members, count] = await service.listAndCountAccountMembers(
    { account_id: accountId },
    { select: fields, skip, take, order: (order as Record<string, "ASC" | "DESC"> | undefined) ?? { created_at: "ASC" } }
  )
  const ids = members.map((m) => m.customer_id)
  const customers = ids.length
    ? await scope
        .resolve(Modules.CUSTOMER)
        .listCustomers({ id: ids }, { select: ["id", "email", "first_name", "last_name", "phone"] })
    : []
  const listed = members.map((member) => {
    const customer = customers.find((c) => c.id === member.customer_id)
    return {
      ...member,
      customer: customer
        ? { email: customer.email, first_name: customer.first_name, last_name: customer.last_name, phone: customer.phone }
        : null,
    } as ListedMember
  })
  return [listed, count]
}
