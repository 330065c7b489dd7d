import "server-only"
import { cache } from "react"
import type { HttpTypes } from "@medusajs/types"
import { httpStatusOf, sdk } from "./client"
import { getPortalToken } from "./session"

export type PortalCustomer = Pick<
  HttpTypes.StoreCustomer,
  "id" | "email" | "first_name" | "last_name" | "company_name" | "phone"
>

/**
 * What `GET /store/customers/me` said about the cookie's token:
 * - `signed-out`: there is no token;
 * - `expired`: Medusa refused it (401), the cookie must be cleared;
 * - `signed-in`: the customer it belongs to.
 * Other failures (backend down, 5xx) are thrown for the error boundary.
 */
export type CustomerLookup =
  | { status: "signed-out" }
  | { status: "expired" }
  | { status: "signed-in"; customer: PortalCustomer }

async function lookupCustomer(): Promise<CustomerLookup> {
  const token = await getPortalToken()
  if (!token) {
    return { status: "signed-out" }
  }

  try {
    const { customer } = await sdk.store.customer.retrieve(
      { fields: "id,email,first_name,last_name,company_name,phone" },
      { authorization: `Bearer ${token}` }
    )
    return {
      status: "signed-in",
      customer: {
        id: customer.id,
        email: customer.email,
        first_name: customer.first_name,
        last_name: customer.last_name,
        company_name: customer.company_name,
        phone: customer.phone,
      },
    }
  } catch (error) {
    if (httpStatusOf(error) === 401) {
      return { status: "expired" }
    }
    throw error
  }
}

/** The signed-in customer, asked once per request (layout and page share it). */
export const retrieveCustomer = cache(lookupCustomer)

/** The name to greet the customer with, or undefined when none is known. */
export function customerDisplayName(customer: PortalCustomer): string | undefined {
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ").trim()
  return name || undefined
}
