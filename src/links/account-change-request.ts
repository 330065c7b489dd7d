import { defineLink } from "@medusajs/framework/utils"
import ClientAccountModule from "../modules/clientAccount"
import SupportModule from "../modules/support"

// Read-only: a change request holds its account's id (`client_account.change_requests` through Query).
export default defineLink(
  { linkable: ClientAccountModule.linkable.clientAccount, field: "id", isList: true },
  { ...SupportModule.linkable.supportChangeRequest.id, primaryKey: "account_id" },
  { readOnly: true }
)
