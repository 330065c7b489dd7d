import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { CLIENT_ACCOUNT_MODULE } from "../../../modules/clientAccount"
import type ClientAccountModuleService from "../../../modules/clientAccount/service"

export type MemberCustomerInput = {
  /** An existing Medusa customer... */
  customer_id?: string | null
  /** ...or the person to find by e-mail, created as a customer when unknown. */
  email?: string | null
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  company_name?: string | null
}

export type MemberCustomer = {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
  phone: string | null
  created: boolean
}

export const resolveMemberCustomerStepId = "resolve-member-customer"

/**
 * Finds the Medusa customer a member will be, or creates it from e-mail and names. A customer already in
 * an account answers 409: one person belongs to one account. Only a customer this step created is deleted
 * by the compensation.
 */
export const resolveMemberCustomerStep = createStep(
  resolveMemberCustomerStepId,
  async (input: MemberCustomerInput, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const accounts = container.resolve<ClientAccountModuleService>(CLIENT_ACCOUNT_MODULE)
    let customer: Omit<MemberCustomer, "created"> | undefined
    if (input.customer_id) {
      ;[customer] = await customers.listCustomers({ id: input.customer_id })
      if (!customer) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `customer_id: no customer with id ${input.customer_id}`)
      }
    } else if (input.email) {
      const email = input.email.trim().toLowerCase()
      const found = await customers.listCustomers({ email })
      // A registered customer wins over a guest record with the same address.
      customer = found.find((c) => c.has_account) ?? found[0]
    } else {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "email: give the member's e-mail address or a customer_id")
    }

    if (customer) {
      const [member] = await accounts.listAccountMembers({ customer_id: customer.id }, { select: ["id"] })
      if (member) {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          `${input.customer_id ? "customer_id" : "email"}: ${customer.email} is already a member of a client account`
        )
      }
      return new StepResponse<MemberCustomer, string | null>(
        { id: customer.id, email: customer.email, first_name: customer.first_name, last_name: customer.last_name, phone: customer.phone, created: false },
        null
      )
    }

    const created = await customers.createCustomers({
      email: input.email!.trim().toLowerCase(),
      first_name: input.first_name ?? null,
      last_name: input.last_name ?? null,
      phone: input.phone ?? null,
      company_name: input.company_name ?? null,
    })
    return new StepResponse<MemberCustomer, string | null>(
      { id: created.id, email: created.email, first_name: created.first_name, last_name: created.last_name, phone: created.phone, created: true },
      created.id
    )
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve(Modules.CUSTOMER).deleteCustomers(createdId)
  }
)
