import { defineLink } from "@medusajs/framework/utils"
import ClientAccountModule from "../modules/clientAccount"
import SupportModule from "../modules/support"

// Read-only: a message thread (ticket, announcement, conversation) holds its account's id.
export default defineLink(
  { linkable: ClientAccountModule.linkable.clientAccount, field: "id", isList: true },
  { ...SupportModule.linkable.supportThread.id, primaryKey: "account_id" },
  { readOnly: true }
)
