import { defineLink } from "@medusajs/framework/utils"
import ClientAccountModule from "../modules/clientAccount"
import SupportModule from "../modules/support"

// Read-only, as for quotes: a ticket holds its account's id, so Query follows `client_account.tickets`.
export default defineLink(
  { linkable: ClientAccountModule.linkable.clientAccount, field: "id", isList: true },
  { ...SupportModule.linkable.supportTicket.id, primaryKey: "account_id" },
  { readOnly: true }
)
