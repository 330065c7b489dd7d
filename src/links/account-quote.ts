import { defineLink } from "@medusajs/framework/utils"
import ClientAccountModule from "../modules/clientAccount"
import QuoteModule from "../modules/quote"

// Read-only: a quote holds its account's id, so Query follows `client_account.quotes` without a link table
// to keep in step. Deleting an account settles its quotes in deleteClientAccountWorkflow.
export default defineLink(
  { linkable: ClientAccountModule.linkable.clientAccount, field: "id", isList: true },
  { ...QuoteModule.linkable.quote.id, primaryKey: "account_id" },
  { readOnly: true }
)
