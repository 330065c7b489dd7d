import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ClientAccountModule from "../modules/clientAccount"

// Read-only: the member row holds customer_id itself, so Query can join the customer without a link table.
export default defineLink(
  { linkable: ClientAccountModule.linkable.accountMember, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
