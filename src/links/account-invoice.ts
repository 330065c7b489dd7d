import { defineLink } from "@medusajs/framework/utils"
import BillingModule from "../modules/billing"
import ClientAccountModule from "../modules/clientAccount"

// Read-only: an invoice holds its account's id, so Query follows `client_account.billing_invoices` without a
// link table. Invoices are legal records: deleting an account does not delete them.
export default defineLink(
  { linkable: ClientAccountModule.linkable.clientAccount, field: "id", isList: true },
  { ...BillingModule.linkable.billingInvoice.id, primaryKey: "account_id" },
  { readOnly: true }
)
