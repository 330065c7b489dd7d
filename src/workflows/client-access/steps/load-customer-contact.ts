import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const loadCustomerContactStepId = "load-customer-contact"

/** The customer's e-mail and phone, which are the identifiers a member signs in with. Read-only. */
export const loadCustomerContactStep = createStep(
  loadCustomerContactStepId,
  async ({ customer_id }: { customer_id: string }, { container }) => {
    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(customer_id, { select: ["id", "email", "phone"] })
    return new StepResponse({ customer_id: customer.id, email: customer.email ?? null, phone: customer.phone ?? null })
  }
)
